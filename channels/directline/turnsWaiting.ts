/** Messages of one conversation that may be running or waiting for its turn lock at once. */
export const maxWaitingPerConversation = 10;

/**
 * Messages the crisis screen reads as a crisis or a check-in that may wait past the cap, on top of
 * it: a disclosure is never refused for arriving in a burst (H220). Bounded, so a flood of such
 * words cannot hold requests without end; past it, as many of them already wait for the crisis reply.
 */
export const maxUrgentPastCap = 20;

/**
 * How long one reading of the question a conversation waits at serves the messages at its cap: a
 * turn of the conversation run on another instance (PostgreSQL) may move it on without this one
 * knowing. A turn run here forgets the reading as it ends.
 */
export const urgentReadingMs = 1000;

/**
 * Tells whether a message is urgent, read with the question its conversation waited at (H264): how
 * grave, as the screen ranks it (0 nothing, 1 a direct question, 2 the crisis reply), or true where
 * every message is (a safety question waiting). Windows of a long paste take the gravest (review 29).
 */
export type UrgentReading = (text: string) => boolean | number;

/** Whether a message may wait for its turn; when not, whether the chat has been told yet. */
export type Waiting = 'admitted' | 'refusedFirst' | 'refused';

/**
 * Counts the messages of each Direct Line conversation running or waiting for their turn. Turns of
 * one conversation run one at a time, and every one waiting holds its request and its body: one
 * token that posted 1,000 messages at once had all 1,000 run, one after another for 31 s, and
 * another person's turn took 6.9 s meanwhile. A person waits for an answer before typing much
 * more, so beyond a few waiting a message is refused (429), and the chat is told once in each
 * burst. In this process only: on PostgreSQL each instance bounds what it holds itself.
 */
export class TurnsWaiting {
  private readonly counts = new Map<string, { waiting: number; told: boolean }>();
  /** The reading each conversation at its cap was last given, and when: one record read serves a flood. */
  private readonly readings = new Map<string, { reading: Promise<UrgentReading>; at: number }>();

  constructor(
    private readonly max = maxWaitingPerConversation,
    private readonly urgentPastCap = maxUrgentPastCap,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts a message in if there is room; the caller calls `leave` once it is done. `urgent` is
   * asked only when the cap is reached (so ordinary turns are not screened twice): true lets the
   * message wait past the cap, up to `urgentPastCap` more.
   */
  enter(conversationId: string, urgent: () => boolean = () => false): Waiting {
    const count = this.counts.get(conversationId) ?? { waiting: 0, told: false };
    const room = count.waiting < this.max || (count.waiting < this.max + this.urgentPastCap && urgent());
    if (!room) {
      const first = !count.told;
      count.told = true;
      return first ? 'refusedFirst' : 'refused';
    }
    count.waiting += 1;
    this.counts.set(conversationId, count);
    return 'admitted';
  }

  /**
   * `enter`, for `text`, with an urgency that needs a read (the record, for the question waiting,
   * H264): asked only when the cap is reached, so ordinary turns wait for no read, and then kept
   * for the conversation until one of its turns ends here or `urgentReadingMs` passes, so a
   * flood of messages at the cap costs one read, not one a message. Only the stored record is
   * kept: each message is still read for itself.
   */
  async take(conversationId: string, text: string, read: () => Promise<UrgentReading> | undefined): Promise<Waiting> {
    const atCap = (this.counts.get(conversationId)?.waiting ?? 0) >= this.max;
    const reading = atCap ? this.readingFor(conversationId, read) : undefined;
    const urgent = reading !== undefined && Boolean((await reading)(text));
    return this.enter(conversationId, () => urgent);
  }

  private readingFor(
    conversationId: string,
    read: () => Promise<UrgentReading> | undefined,
  ): Promise<UrgentReading> | undefined {
    const kept = this.readings.get(conversationId);
    if (kept && this.now() - kept.at < urgentReadingMs) return kept.reading;
    const reading = read();
    if (reading === undefined) return undefined;
    this.readings.set(conversationId, { reading, at: this.now() });
    // A read that failed is not kept: the next message reads again.
    reading.catch(() => this.readings.get(conversationId)?.reading === reading && this.readings.delete(conversationId));
    return reading;
  }

  /** A message counted in is done; the conversation is forgotten once none waits. */
  leave(conversationId: string): void {
    const count = this.counts.get(conversationId);
    if (!count) return;
    count.waiting -= 1;
    // Its turn may have moved the conversation on: the next message at the cap reads it again.
    this.readings.delete(conversationId);
    if (count.waiting <= 0) this.counts.delete(conversationId);
  }
}
