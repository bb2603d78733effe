import { z } from 'zod';
import { channelFamily, familyLooks, type ChannelFamily } from '../content/channels';
import { momentWords } from '../content/dates';
import type { Renderer } from '../content/renderer';
import type { Logger } from '../plan/logger';
import type { OutboundActivity, Texter } from './outbound';
import type { Outbox } from './outbox';
import { OutboxWorker } from './outboxWorker';
import { reachSchema, type Reach } from './reach';

/** Who joined a record, as its other channels are told: how, on what kind of channel, and the phone's last digits. */
export const joinedSchema = z.object({
  /** By a continue code, or as the invitation's mobile tied to the record. */
  by: z.enum(['code', 'mobile']),
  family: z.enum(['sms', 'teams', 'webchat']),
  ending: z.string().optional(),
});
export type Joined = z.infer<typeof joinedSchema>;

/** One notice owed to one channel of a record, queued in the transaction that joined the other. */
export const joinNoticeSchema = z.object({
  recordId: z.string().min(1),
  to: z.object({ identity: z.string().min(1), reach: reachSchema }),
  joined: joinedSchema,
  /** When the join was stored. */
  at: z.iso.datetime(),
});
export type JoinNotice = z.infer<typeof joinNoticeSchema>;

/** How many of a phone number's last digits a person is shown: enough to know their own, too few to call it. */
export const phoneEndingDigits = 3;

/** The last digits of a phone number, the only part of it the service ever shows. */
export function phoneEnding(number: string): string {
  return number.slice(-phoneEndingDigits);
}

/** How notices reach each kind of channel; a kind left out is not set up here, and its notices are logged and dropped. */
export interface NoticeSenders {
  /** Texts; refuses a number that texted STOP. */
  texter?: Texter;
  /** Posts to a conversation through the Bot Framework connector; throws to be tried again later. */
  chat?: (reach: Extract<Reach, { kind: 'chat' }>, activity: OutboundActivity) => Promise<unknown>;
  /** Adds to a built-in Direct Line stream, wherever its chat window polls; false when the stream is forgotten. */
  stream?: (conversationId: string, activity: OutboundActivity) => Promise<boolean>;
}

/** The rendering family of a channel reached this way. */
function familyOf(reach: Reach): ChannelFamily {
  if (reach.kind === 'sms') return 'sms';
  return reach.kind === 'chat' ? channelFamily(reach.channelId) : 'webchat';
}

/** The words for a join, by how it came about. */
function keyOf(joined: Joined): string {
  return joined.by === 'mobile' ? 'notice.mobileTied' : `notice.joined.${joined.family}`;
}

/**
 * Tells the channels a person already uses when another channel joins their record (a continue
 * code used elsewhere, or the invitation's mobile tied to it), so someone who joined with a code
 * read over a shoulder, or a wrong number typed on an invitation, is seen and can be untied. Each
 * notice was queued in the transaction that made the join, so it tells only of what was stored,
 * and is sent from the outbox once (at least once across a crash, as H28 says), retried through
 * outages. It goes at once, quiet hours or not: it is about who can see the person's answers, and
 * it follows something just done, most often by the person themselves. A number that texted STOP
 * gets nothing, and a channel untied, moved or erased since the join is not told.
 */
export class JoinNotices {
  private readonly worker: OutboxWorker<JoinNotice>;

  constructor(
    private readonly deps: {
      outbox: Outbox;
      renderer: Renderer;
      senders: NoticeSenders;
      /** True while the identity still leads to the record. */
      stillTied: (identity: string, recordId: string) => Promise<boolean>;
      logger: Logger;
      clock: () => Date;
    },
  ) {
    this.worker = new OutboxWorker({
      outbox: deps.outbox,
      schema: joinNoticeSchema,
      deliver: (notice) => this.deliver(notice),
      // Nobody was told a notice would be sent, so dropping one breaks no promise; it carries its
      // own time, and "not my phone" works without it. A channel failing for hours on end (a
      // Teams chat removed, a number Twilio refuses) is most often gone for good.
      afterManyFailures: 'give_up',
      name: 'join_notice',
      logger: deps.logger,
      clock: deps.clock,
    });
  }

  /** Starts polling for due notices (and sends any left from before a restart). */
  start(): void {
    this.worker.start();
  }

  /** Stops polling and waits for a send under way. */
  stop(): Promise<void> {
    return this.worker.stop();
  }

  /** Resolves when nothing due is left to send right now. */
  idle(): Promise<void> {
    return this.worker.idle();
  }

  /** Sends whatever is due now: run once a transaction that queued notices has committed. */
  deliverDue(): void {
    this.worker.deliverDue();
  }

  private async deliver(notice: JoinNotice): Promise<void> {
    const { renderer, logger } = this.deps;
    const { reach } = notice.to;
    if (!(await this.deps.stillTied(notice.to.identity, notice.recordId))) {
      logger.info('join_notice_dropped', { reason: 'untied' });
      return;
    }
    const family = familyOf(reach);
    const text = renderer.text(
      keyOf(notice.joined),
      { ending: notice.joined.ending, at: momentWords(notice.at) },
      family,
    );
    const outcome = await this.send(reach, text, family);
    logger.info('join_notice_done', { to: reach.kind, outcome });
  }

  /** Sends the words to the channel: how it went, or throws for the worker to try again later. */
  private async send(reach: Reach, text: string, family: ChannelFamily): Promise<'sent' | 'optedOut' | 'unreachable'> {
    const { senders } = this.deps;
    const activity: OutboundActivity = {
      type: 'message',
      text,
      textFormat: familyLooks[family].plain ? 'plain' : 'markdown',
    };
    switch (reach.kind) {
      case 'sms':
        if (!senders.texter) return 'unreachable';
        return (await senders.texter(reach.number, text)).ok ? 'sent' : 'optedOut';
      case 'chat':
        if (!senders.chat) return 'unreachable';
        await senders.chat(reach, activity);
        return 'sent';
      case 'stream':
        // A stream is forgotten an hour unread, and (in one instance's memory) at a restart.
        if (!senders.stream) return 'unreachable';
        return (await senders.stream(reach.conversationId, activity)) ? 'sent' : 'unreachable';
    }
  }
}
