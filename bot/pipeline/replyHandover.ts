import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../plan/logger';

/** What a transport tells of one outgoing activity as it tries to send it. */
export interface ReplyNotes {
  /** An attempt has been handed to the network (written to the connection): it counts as sent. */
  readonly written: () => void;
  /** An attempt failed or was refused: it counts as not sent, so a redelivery sends it. */
  readonly refused: () => void;
}

const handoverKey = Symbol('careprep.replyHandover');

/**
 * Counts a turn's outgoing activities (as the channel sends them, after SMS splitting) as each is
 * handed to the network, and has the count stored at that moment, so a redelivery after this
 * instance died sends only the ones that never left. A reply counts once written to the
 * connection, not once the connector answers: an instance killed while the connector still has
 * the reply in hand has sent it, and the kernel delivers what was written. So with PostgreSQL
 * (where the note goes through the conversation lock's own session and lands before the lock is
 * let go) a reply is sent twice only if the instance dies in the microseconds between writing it
 * and writing its note, or the connector answers neither yes nor no and the instance dies before
 * trying again.
 */
export class ReplyHandover {
  private count: number;
  private readonly notes = new Set<Promise<void>>();
  private failed = false;

  /**
   * @param note stores how many activities have gone (one statement on the lock's session)
   * @param from how many went before this turn took over (a redelivery's resend goes on from there)
   */
  constructor(
    private readonly note: (count: number) => Promise<void>,
    private readonly from: number,
    private readonly logger: Logger,
  ) {
    this.count = from;
  }

  /**
   * The notes of the next outgoing activity, once the notes before it are stored: the lock's
   * connection is then free, so each note is written the moment its activity is.
   */
  async next(): Promise<ReplyNotes> {
    await this.settled();
    const before = this.count;
    this.count += 1;
    return { written: () => this.store(before + 1), refused: () => this.store(before) };
  }

  /** Resolves once every note made so far is stored (or has failed, and been logged). */
  async settled(): Promise<void> {
    while (this.notes.size > 0) await Promise.all([...this.notes]);
  }

  /** How many outgoing activities have been handed over, counting those before this took over. */
  get handedOver(): number {
    return this.count;
  }

  /**
   * Whether the sends went out counted (replies handed to a connector, not returned in the
   * response to the request, which nothing counts) and every note was stored, so the count a
   * redelivery finds is what went out. Meaningful once `settled`.
   */
  get allNoted(): boolean {
    return this.count > this.from && !this.failed;
  }

  private store(count: number): void {
    const stored = this.note(count).catch((error: unknown) => {
      // The reply still went: a redelivery may send it again, which is better than not at all.
      this.failed = true;
      this.logger.warn('reply_note_failed', { error: error instanceof Error ? error.name : 'unknown' });
    });
    this.notes.add(stored);
    void stored.finally(() => this.notes.delete(stored));
  }
}

/** The handover of the replies the turn is sending now, if their sends are being counted. */
export function replyHandoverOf(context: TurnContext): ReplyHandover | undefined {
  return context.turnState.get<ReplyHandover | undefined>(handoverKey);
}

/**
 * Runs `sending` with `handover` counting the turn's outgoing activities, and waits for its notes
 * before returning. Only while this runs: an error message sent after a failed turn, say, is not
 * one of the replies the ledger keeps.
 */
export async function countingSends<T>(
  context: TurnContext,
  handover: ReplyHandover | undefined,
  sending: () => Promise<T>,
): Promise<T> {
  if (!handover) return sending();
  context.turnState.set(handoverKey, handover);
  try {
    return await sending();
  } finally {
    context.turnState.delete(handoverKey);
    await handover.settled();
  }
}
