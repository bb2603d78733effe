/** Messages of one conversation that may be running or waiting for its turn lock at once. */
export const maxWaitingPerConversation = 10;

/**
 * Messages the crisis screen reads as a crisis or a check-in that may wait past the cap, on top of
 * it: a disclosure is never refused for arriving in a burst (H220). Bounded, so a flood of such
 * words cannot hold requests without end; past it, as many of them already wait for the crisis reply.
 */
export const maxUrgentPastCap = 20;

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

  constructor(
    private readonly max = maxWaitingPerConversation,
    private readonly urgentPastCap = maxUrgentPastCap,
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
   * `enter`, with an urgency read that takes time (the record read for the question waiting,
   * H264): asked only when the cap is reached, so ordinary turns wait for no read.
   */
  async take(conversationId: string, urgent: () => Promise<boolean> | undefined): Promise<Waiting> {
    const atCap = (this.counts.get(conversationId)?.waiting ?? 0) >= this.max;
    const read = atCap && (await urgent()) === true;
    return this.enter(conversationId, () => read);
  }

  /** A message counted in is done; the conversation is forgotten once none waits. */
  leave(conversationId: string): void {
    const count = this.counts.get(conversationId);
    if (!count) return;
    count.waiting -= 1;
    if (count.waiting <= 0) this.counts.delete(conversationId);
  }
}
