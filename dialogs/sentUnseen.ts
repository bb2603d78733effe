import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Clock } from '../plan/session';
import type { ConversationMeta } from './conversationDeps';
import type { SessionSource } from './sessionSource';
import { arrivalOf, noteUnseen } from './turnArrival';

/**
 * When a message was sent: by the sender's own clock as they pressed send (`sender`: Web Chat's
 * `localTimestamp`), else as its channel stamped it (`channel`), or else as it reached the service.
 */
interface Sent {
  at: number;
  channel: boolean;
  sender: boolean;
}

/** A stamp as milliseconds, when it is one. */
function stampOf(stamp: unknown): number {
  return stamp instanceof Date || typeof stamp === 'string' ? new Date(stamp).getTime() : NaN;
}

/**
 * Keeps, beside the dialog stack, the question the last turn's replies left waiting and when they
 * went out (`ConversationMeta.asked`), so the next message can be told sent before it could be seen
 * (`sentUnseen` in `turnArrival.ts`). Numbers sent so were already held back by how soon they came
 * (`repeatedAnswer`); words were noted as the answer to a question not yet read (explore 22a).
 *
 * A message is timed by its channel's stamp where it has one: two texts sent at once may reach the
 * service one after the other, the second only once the first is answered. When the replies went
 * out is then told in the same clock: the first message's stamp and how long the service took with
 * it, by the service's own clock. So a reply typed after reading, however quickly, is never read as
 * sent unseen: it was stamped after the replies came back. Web Chat stamps each message by the
 * browser's clock as it is sent (`localTimestamp`), read first. A text has no such stamp: its
 * replies count as seen only the channel's least time after they go out (`seenAfterMs`, H479).
 */
export class SentUnseen {
  constructor(
    private readonly deps: {
      meta: StatePropertyAccessor<ConversationMeta>;
      clock: Clock;
      sessions: SessionSource;
      seenAfterMs: Readonly<Record<string, number>>;
    },
  ) {}

  /** As the conversation reads a message: notes for the turn whether it was sent before the question waiting was seen. */
  async read(context: TurnContext): Promise<void> {
    const sent = this.sent(context);
    const { asked } = await this.deps.meta.get(context, {});
    const waiting = this.deps.sessions.get(context).record.progress.current;
    const unseen =
      sent !== undefined &&
      asked !== undefined &&
      asked.key === waiting &&
      asked.channel === sent.channel &&
      (asked.sender ?? false) === sent.sender &&
      sent.at < Date.parse(asked.at);
    noteUnseen(context, unseen);
  }

  /**
   * As a turn ends, its replies about to go out: the question they leave waiting, and when it was
   * first asked. Asked again (after help, or a message sent unseen), it keeps when it was first
   * asked: a third text sent at once with two others was sent before it could be seen too.
   */
  async replied(context: TurnContext): Promise<void> {
    const meta = await this.deps.meta.get(context, {});
    const waiting = this.deps.sessions.get(context).record.progress.current;
    const sent = this.sent(context);
    const [channel, sender] = [sent?.channel ?? false, sent?.sender ?? false];
    const sameClock = meta.asked?.channel === channel && (meta.asked.sender ?? false) === sender;
    if (waiting !== undefined && meta.asked?.key === waiting && sameClock) return;
    const arrived = arrivalOf(context);
    const now = this.deps.clock().getTime();
    // When the replies go out, in the clock the message was sent by, and the least time they take
    // to reach the person on this channel: two texts sent at once may reach the service one after
    // the other, the second only once the first is answered, and no phone stamps when it was sent.
    const out = sent && arrived !== undefined ? sent.at + Math.max(0, now - arrived) : now;
    const at = out + (this.deps.seenAfterMs[context.activity.channelId] ?? 0);
    meta.asked = waiting === undefined ? undefined : { key: waiting, at: new Date(at).toISOString(), channel, sender };
  }

  /**
   * When this turn's message was sent, if it is one that came in. The sender's own stamp comes
   * first: two messages sent at once may reach the service only after the first is answered (the
   * second's connection opened later), and then only the sender's clock tells they went together.
   */
  private sent(context: TurnContext): Sent | undefined {
    const arrived = arrivalOf(context);
    if (context.activity.type !== 'message' || arrived === undefined) return undefined;
    const own = stampOf(context.activity.localTimestamp);
    if (Number.isFinite(own)) return { at: own, channel: true, sender: true };
    const stamped = stampOf(context.activity.timestamp);
    return Number.isFinite(stamped)
      ? { at: stamped, channel: true, sender: false }
      : { at: arrived, channel: false, sender: false };
  }
}
