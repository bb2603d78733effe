import { createHash } from 'node:crypto';
import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { EarlierDelivery } from '../../storage/deliveryLedger';
import type { LockSession, Row } from '../../storage/database';
import { emptyTraceStep } from '../../storage/emptyTraces';
import { openedTurn, turnOpening } from '../../storage/turnOpening';
import type { UnitStep } from '../../storage/unitOfWork';
import type { Logger } from '../../plan/logger';
import type { KeyedLock } from './conversationLock';
import { countingSends, ReplyHandover } from './replyHandover';
import { storedReplies, storeReplies } from './storedReplies';
import type { TurnUnits } from './turnUnits';

/** Remembers which deliveries were processed, durably, so a redelivery is not processed twice. */
export interface DeliveryLedger {
  seen(key: string): Promise<boolean>;
  remember(key: string): Promise<void>;
}

/**
 * The ledger as a turn uses it: one read for all of a delivery's keys, a step of the turn's unit
 * that keeps its keys and its replies until they have gone out, and notes of how many have gone.
 */
export interface TurnLedger {
  earlier(keys: readonly string[]): Promise<EarlierDelivery | undefined>;
  /** What the ledger's rows of a delivery, read as the conversation's lock is taken, say of it. */
  earlierFrom(keys: readonly string[], rows: readonly Row[]): EarlierDelivery | undefined;
  turnStep(
    keys: readonly string[],
    replies: string | null,
  ): { step: UnitStep; sent(session?: LockSession, noted?: boolean): Promise<void> };
  handoverNotes(
    keys: readonly string[],
    session: LockSession | undefined,
  ): ((count: number) => Promise<void>) | undefined;
  delivered(keys: readonly string[], session?: LockSession, noted?: boolean): Promise<void>;
}

/** The key a conversation's turns are serialised under; work outside a turn that must not interleave with them takes it too. */
export function conversationLockKey(channelId: string, conversationId: string): string {
  return `${channelId}:${conversationId}`;
}

function conversationKey(context: TurnContext): string {
  const { channelId, conversation } = context.activity;
  return conversationLockKey(channelId, conversation.id);
}

/** The ledger key of a channel delivery: channel, conversation and activity id (or Twilio's MessageSid). */
export function deliveryKey(channelId: string, conversationId: string, activityId: string): string {
  return `${channelId}:${conversationId}:${activityId}`;
}

/**
 * The keys a delivery is known by: its activity id, and the id Web Chat gives what it sends
 * (`channelData.clientActivityID`), scoped to the sender. A client that resends after a lost
 * response posts the same client id under a new activity id (and, after a restart, in a new
 * conversation), so only the second key catches it.
 */
function deliveryKeys(context: TurnContext): string[] {
  const { activity } = context;
  const keys: string[] = [];
  if (activity.id) keys.push(deliveryKey(activity.channelId, activity.conversation.id, activity.id));
  const channelData: unknown = activity.channelData;
  const clientId =
    channelData && typeof channelData === 'object' && 'clientActivityID' in channelData
      ? channelData.clientActivityID
      : undefined;
  // Hashed: the sender's id may be a phone number, which must not be a key in the clear.
  if (typeof clientId === 'string' && clientId !== '' && activity.from?.id)
    keys.push(
      `client:${createHash('sha256').update(`${activity.channelId}\u0000${activity.from.id}\u0000${clientId}`).digest('hex')}`,
    );
  return keys;
}

/** A redelivery of a committed turn: the replies it stored, and how many of its sends went out. */
interface Redelivery {
  replies: Partial<Activity>[];
  handedOver: number;
}

const redeliveryKey = Symbol('careprep.redelivery');

/**
 * The first and last stages of every turn. The first takes the conversation's lock, drops a
 * delivery already processed (same channel, conversation and activity id: Bot Framework retries,
 * Twilio's MessageSid; or the same client activity id from the same sender: Web Chat's resends),
 * runs the turn in its unit of work, and commits the unit with the delivery and its replies
 * remembered in it, before the replies go out. Remembering in the turn's own commit means a turn
 * cut short by a crash is processed again when redelivered, rather than lost, and one that
 * committed is never processed twice; a turn that committed but died before its replies went out
 * has them sent by the redelivery, so the person is not left without the next question. With
 * several instances each reply is noted as it is handed over (`ReplyHandover`), so that resend
 * leaves out what had already gone, and the person is not told the same thing twice.
 *
 * The last stage (after every middleware that shapes what is sent, the SMS splitter) sends a
 * redelivery's stored replies in place of the bot's turn, so they go out in the same parts as the
 * first time and the count of what went out lines up with them.
 */
export function turnTransaction(
  lock: KeyedLock,
  ledger: TurnLedger,
  units: TurnUnits,
  logger: Logger,
  /** The stored key of a turn's sender, which their record is found by (`RecordSessions.identityOf`). */
  identityOf: (context: TurnContext) => string,
  /** The turn's record while it holds nothing: its state and delivery keys are tied to it (`emptyTraces.ts`). */
  emptyRecordOf?: (context: TurnContext) => string | undefined,
): { first: Middleware; last: Middleware } {
  const handover = (keys: readonly string[], session: LockSession | undefined, from: number) => {
    const note = ledger.handoverNotes(keys, session);
    return note && new ReplyHandover(note, from, logger);
  };
  const first: Middleware = {
    onTurn: (context, next) => {
      const keys = deliveryKeys(context);
      return lock.run(
        conversationKey(context),
        async (session, rows) => {
          const opened = rows && openedTurn(rows);
          const earlier = opened ? ledger.earlierFrom(keys, opened.deliveries) : await ledger.earlier(keys);
          if (earlier !== undefined) {
            const unsent = earlier.replies === null ? [] : storedReplies(earlier.replies);
            if (unsent.length === 0) {
              logger.info('duplicate_dropped', { channel: context.activity.channelId });
              return;
            }
            const known = [...new Set([...keys, ...earlier.keys])];
            const redelivery: Redelivery = { replies: unsent, handedOver: earlier.handedOver };
            context.turnState.set(redeliveryKey, redelivery);
            const counting = handover(known, session, earlier.handedOver);
            await countingSends(context, counting, next);
            await ledger.delivered(known, session, counting?.allNoted);
            // Every send counted as gone already (its replies were kept a while after): nothing went again.
            if (counting && counting.handedOver === earlier.handedOver)
              logger.info('duplicate_dropped', { channel: context.activity.channelId });
            else
              logger.info('duplicate_replies_resent', {
                channel: context.activity.channelId,
                replies: unsent.length,
                alreadySent: earlier.handedOver,
              });
            return;
          }
          const unit = units.begin(context, opened, session);
          try {
            await next();
            const part = keys.length > 0 ? ledger.turnStep(keys, storeReplies(unit.replies)) : undefined;
            if (part) unit.work.set('ledger', part.step);
            const empty = emptyRecordOf?.(context);
            if (empty !== undefined)
              unit.work.set('emptyTraces', emptyTraceStep(empty, units.stateKeyOf(context), keys));
            const counting = part && handover(keys, session, 0);
            await countingSends(context, counting, () => unit.commit());
            await part?.sent(session, counting?.allNoted);
          } finally {
            await unit.end();
          }
        },
        // What the turn starts from (the ledger's rows, the record, the conversation state), read
        // in one statement as the lock is taken.
        turnOpening(keys, identityOf(context), units.stateKeyOf(context)),
      );
    },
  };
  const last: Middleware = {
    onTurn: async (context, next) => {
      const redelivery = context.turnState.get<Redelivery | undefined>(redeliveryKey);
      if (!redelivery) {
        await next();
        return;
      }
      let skip = redelivery.handedOver;
      if (skip > 0)
        context.onSendActivities(async (_context, activities, send) => {
          skip -= activities.splice(0, Math.min(skip, activities.length)).length;
          return activities.length > 0 ? send() : [];
        });
      await context.sendActivities(redelivery.replies);
    },
  };
  return { first, last };
}
