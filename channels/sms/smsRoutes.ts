import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { authenticatedByChannel } from '../botframework/authenticatedByChannel';
import type { Renderer } from '../../content/renderer';
import type { IdentityKeys } from '../../storage/identityKeys';
import type { OptOutStore } from '../../storage/optOutStore';
import type { SqlKeywordSids } from '../../storage/keywordSids';
import type { SqlSmsSidDigests } from '../../storage/smsSidDigests';
import type { Logger } from '../../plan/logger';
import { deliveryKey, type DeliveryLedger } from '../../bot/pipeline/turnTransaction';
import { helpKeywordEvent } from '../../bot/helpKeywordEvent';
import { safetyQuestionAgainEvent } from '../../bot/safetyQuestionAgainEvent';
import type { Channel } from '../channel';
import type { RunTurn } from '../turnRunner';
import { smsKeyword } from './optOuts';
import { isValidTwilioSignature } from './twilioSignature';
import { isSenderNumber } from './senderNumber';
import { answeredOrScreened, type ScreensUrgent } from './smsTooLong';

/** The Bot Framework channel id SMS turns run under: the same one Azure's SMS channel uses. */
export const smsChannelId = 'sms';

/** The path of the Twilio webhook. */
export const smsPath = '/api/sms';

/**
 * Replies travel back inline as TwiML (`deliveryMode: expectReplies`), so the connector never
 * sends anything; the SDK still wants a service URL to build one.
 */
const inlineServiceUrl = 'http://127.0.0.1/twilio-inline';

const formSchema = z.record(z.string(), z.union([z.string(), z.array(z.string())]));

const webhookSchema = z.looseObject({
  MessageSid: z.string().min(1).max(64),
  From: z.string().min(1).max(64),
  To: z.string().max(64).default(''),
  Body: z.string().max(20000).default(''),
  /** How many pictures an MMS carried: never fetched, only said not to be seen (H392). */
  NumMedia: z.coerce.number().int().min(0).max(10).catch(0).default(0),
});

/** What the webhook needs from the rest of the service. */
export interface SmsRouteDeps {
  runTurn: RunTurn;
  logger: Logger;
  renderer: Renderer;
  optOuts: OptOutStore;
  /** The STOP and START texts acted on, past the ledger's week: a replay of one never acts again (H221). */
  keywordSids: Pick<SqlKeywordSids, 'seen' | 'remember'>;
  /** Every other text processed, past the ledger's week: a replay of one is never processed again (H263). */
  sidDigests: Pick<SqlSmsSidDigests, 'seen' | 'remember'>;
  /** Turns the number into the thread's conversation id, so the number is not a key in state or logs. */
  identityKeys: IdentityKeys;
  /** The same ledger the turn pipeline drops redeliveries with. */
  ledger: DeliveryLedger;
  /** `TWILIO_AUTH_TOKEN`: with none, every webhook is refused. */
  authToken: string;
  /** `CAREPREP_PUBLIC_URL`: the base of the URL Twilio signs. */
  publicUrl: string;
  /** The Bot Framework app id the turn runs as ('' when auth is off). */
  appId: string;
  /** Reads a text too long to read with the question the sender's conversation waits at (H520). */
  screensUrgent: ScreensUrgent;
}

/** The conversation id of a number's text thread: keyed, so the number is not a key in state or logs. */
export function smsConversationId(identityKeys: IdentityKeys, number: string): string {
  return identityKeys.of('sms-conversation', number);
}

/** Escapes text for an XML element body. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** TwiML that sends each text back as its own message; no texts gives an empty response. */
export function twiml(texts: readonly string[]): string {
  const messages = texts.map((text) => `<Message>${xmlEscape(text)}</Message>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${messages}</Response>`;
}

/**
 * `POST /api/sms`: Twilio's webhook. The signature is checked before anything else (403 when
 * missing or wrong); a MessageSid already processed is dropped next, so a replayed START cannot
 * undo a later STOP (a START whose turn failed is answered when sent again, opting in nothing).
 * The carrier keywords (STOP and its synonyms, START, HELP) are answered here, before the bot:
 * STOP gets only its confirmation, which says where to get help now, since nothing is sent after it;
 * START then runs a turn with no words in it, which asks again a safety question waiting; HELP
 * one carrying the words sent, which only a safety question waiting reads, as the reply they are
 * on every channel (the urgent help again, H87).
 * Any other text becomes a Bot Framework message activity run through the same adapter,
 * middleware (duplicate MessageSid dropped, one turn per conversation at a time) and bot as every
 * channel, and the replies go back as TwiML in the same response.
 */
export function smsChannel(deps: SmsRouteDeps): Channel {
  const { logger, renderer, optOuts } = deps;
  const authentication = authenticatedByChannel(deps.appId, 'urn:careprep:twilio-sms');

  /** The texts a turn replies with; undefined when the turn failed. */
  const turnTexts = async (activity: Partial<Activity>): Promise<string[] | undefined> => {
    const result = await deps.runTurn(authentication, activity);
    return result.ok ? repliesOf(result.invoke?.body) : undefined;
  };

  /**
   * Remembers a text whose turn has run, for replays after the ledger forgot it (H263). The turn is
   * committed and the ledger knows it, so a failure here must not stop its replies: a 500 would have
   * Twilio's retry dropped as a duplicate, and the person (maybe in crisis) would never get them.
   */
  const rememberDigest = async (sid: string): Promise<void> => {
    try {
      await deps.sidDigests.remember(sid);
    } catch (error) {
      logger.error('sms_digest_not_written', { sid, error: error instanceof Error ? error.name : 'unknown' });
    }
  };

  const tooLong = () => renderer.text('sms.tooLong', {}, 'sms');
  const answerOrScreen = answeredOrScreened(turnTexts, deps.screensUrgent, tooLong);

  const routes: Channel['routes'] = (app) => {
    app.post(smsPath, async (req, res) => {
      const started = Date.now();
      const reply = (texts: readonly string[]): void => {
        res.setHeader('content-type', 'text/xml; charset=utf-8');
        res.sendRaw(200, twiml(texts));
      };
      const form = formSchema.safeParse(req.body ?? {});
      const params = form.success ? form.data : {};
      const signature = req.header('x-twilio-signature') || undefined;
      if (!isValidTwilioSignature(deps.authToken, signature, `${deps.publicUrl}${req.url ?? ''}`, params)) {
        logger.warn('sms_signature_rejected', { present: signature !== undefined });
        res.send(403, { error: 'Forbidden', message: 'Forbidden.' });
        return;
      }
      const parsed = webhookSchema.safeParse(params);
      if (!parsed.success) {
        res.send(400, { error: 'BadRequest', message: 'The request could not be read.' });
        return;
      }
      const { MessageSid: sid, From: from, To: to, Body: body, NumMedia: media } = parsed.data;
      // Before a conversation starts or anything is kept: its key would be made from whatever From said (H376).
      if (!isSenderNumber(from)) {
        logger.warn('sms_sender_refused', {});
        res.send(400, { error: 'BadRequest', message: 'The sender must be a phone number in E.164 form.' });
        return;
      }
      const conversationId = smsConversationId(deps.identityKeys, from);

      try {
        const key = deliveryKey(smsChannelId, conversationId, sid);
        const keyword = smsKeyword(body);
        // START asks the question waiting in a turn of its own (no words in it, under an id of its
        // own), which the turn pipeline remembers once it has run: from someone who never stopped,
        // where they were; after STOP, only a safety question waiting (texts say how to carry on).
        const arrivalId = `${sid}:arrival`;
        const arrivalKey = deliveryKey(smsChannelId, conversationId, arrivalId);
        // START after STOP opted this number back in: noted, so a retry is answered as this START was.
        const restartKey = deliveryKey(smsChannelId, conversationId, `${sid}:restart`);
        /** The opt-in words, or "already started", then what the turn asks (a safety question waiting). */
        const answerStart = async (restarted: boolean): Promise<void> => {
          const waiting = await turnTexts(activityOf(arrivalId, from, to, conversationId, undefined, restarted));
          if (waiting === undefined) {
            res.send(500, { error: 'Internal', message: 'Something went wrong on our side.' });
            return;
          }
          reply([renderer.text(restarted ? 'sms.started' : 'sms.alreadyStarted', {}, 'sms'), ...waiting]);
        };
        /**
         * What the service is and how to stop texts, then, while a safety question waits, what the
         * turn answers to the words there (the urgent help, the question still open: H87). A turn
         * that failed leaves the service words, which name 999 and 111.
         */
        const answerHelp = async (): Promise<void> => {
          // The words sent ride on an event, never a message: no question but a safety one reads them.
          const help = {
            ...activityOf(`${sid}:help`, from, to, conversationId, body),
            type: 'event',
            name: helpKeywordEvent,
          };
          const urgent = await turnTexts(help);
          if (urgent === undefined) logger.error('sms_help_turn_failed', { sid });
          reply([renderer.text('sms.help', {}, 'sms'), ...(urgent ?? [])]);
        };
        if (await deps.ledger.seen(key)) {
          // A START whose turn failed is answered when Twilio sends it again, rather than dropped; it
          // opts in nothing again, and a STOP sent since stands.
          const unanswered = keyword === 'start' && !(await deps.ledger.seen(arrivalKey));
          if (unanswered && !(await optOuts.isOptedOut(from)))
            return await answerStart(await deps.ledger.seen(restartKey));
          logger.info('duplicate_dropped', { channel: smsChannelId, sid });
          reply([]);
          return;
        }
        // A STOP or START acted on before, sent again after the ledger forgot it (a week), is a replay:
        // Twilio's signature has no time in it. Acting again would undo what the person texted since.
        const changesList = keyword === 'stop' || keyword === 'start';
        if (changesList && (await deps.keywordSids.seen(sid))) {
          logger.warn('sms_keyword_replayed', { keyword, sid });
          reply([]);
          return;
        }
        // Any other text processed before, sent again after the ledger forgot it, is a replay too:
        // run again, its old words would answer whatever the conversation asks now (H263).
        if (!changesList && (await deps.sidDigests.seen(sid))) {
          logger.warn('sms_replayed', { sid });
          reply([]);
          return;
        }
        if (keyword) {
          if (keyword === 'stop') await optOuts.optOut(from);
          const restarted = keyword === 'start' && (await optOuts.optIn(from));
          await deps.ledger.remember(key);
          if (changesList) await deps.keywordSids.remember(from, sid);
          if (restarted) await deps.ledger.remember(restartKey);
          logger.info('sms_keyword', { keyword, sid });
          if (keyword === 'help') {
            await rememberDigest(sid);
            await answerHelp();
          } else if (keyword === 'start') await answerStart(restarted);
          // The confirmation of STOP, the one text after it, says where to get help now (H129).
          else reply([renderer.text('sms.stopped', {}, 'sms')]);
          return;
        }
        if (await optOuts.isOptedOut(from)) {
          // They asked for nothing from us until START; the message itself is not processed.
          logger.info('sms_opted_out_ignored', { sid });
          reply([]);
          return;
        }

        // Words asking texts to stop ("stop texting me") are a command the conversation answers,
        // after the crisis guard: answered here they would skip "are you safe right now?" or a check-in.
        const activity = { ...activityOf(sid, from, to, conversationId, body), attachments: pictures(media) };
        const texts = await answerOrScreen(activity, from);
        if (texts === undefined) {
          res.send(500, { error: 'Internal', message: 'Something went wrong on our side.' });
          return;
        }
        await rememberDigest(sid);
        logger.info('sms_turn', { sid, replies: texts.length, ms: Date.now() - started });
        reply(texts);
      } catch (error) {
        logger.error('sms_turn_failed', { sid, error: error instanceof Error ? error.name : 'unknown' });
        res.send(500, { error: 'Internal', message: 'Something went wrong on our side.' });
      }
    });
  };
  return { name: smsChannelId, routes };
}

/**
 * The activity a text becomes; with no text, the person's arrival (a member added), which picks up
 * where they were, or after STOP (`restarted`) the event that asks only a safety question waiting.
 */
function activityOf(
  sid: string,
  from: string,
  to: string,
  conversationId: string,
  text: string | undefined,
  restarted = false,
): Partial<Activity> {
  const person = { id: from, name: '', role: 'user' };
  const arrival = restarted
    ? { type: 'event', name: safetyQuestionAgainEvent }
    : { type: 'conversationUpdate', membersAdded: [person] };
  return {
    ...(text === undefined ? arrival : { type: 'message', text }),
    channelId: smsChannelId,
    id: sid,
    serviceUrl: inlineServiceUrl,
    from: person,
    recipient: { id: to, name: '', role: 'bot' },
    conversation: { id: conversationId, name: '', isGroup: false, conversationType: 'personal' },
    textFormat: 'plain',
    locale: 'en-GB',
    // No timestamp: Twilio's webhook says nothing of when the text was sent, and one made up here
    // would be read as the phone's (`SentUnseen` times a text by when it reached the service).
    deliveryMode: 'expectReplies',
  };
}

/** Stand-ins for an MMS's pictures, which are never fetched: the turn knows only that some came (H392). */
function pictures(count: number): Activity['attachments'] {
  return Array.from({ length: count }, () => ({ contentType: 'image/*' }));
}

function repliesOf(body: unknown): string[] {
  if (!body || typeof body !== 'object' || !('activities' in body) || !Array.isArray(body.activities)) return [];
  const texts: string[] = [];
  for (const activity of body.activities as unknown[]) {
    if (!activity || typeof activity !== 'object') continue;
    if ('type' in activity && activity.type !== 'message') continue;
    if ('text' in activity && typeof activity.text === 'string' && activity.text.trim() !== '')
      texts.push(activity.text);
  }
  return texts;
}
