/** Messages of one conversation that may be running or waiting for its turn lock at once. */
export const maxWaitingPerConversation = 10;

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

  constructor(private readonly max = maxWaitingPerConversation) {}

  /** Counts a message in if there is room; the caller calls `leave` once it is done. */
  enter(conversationId: string): Waiting {
    const count = this.counts.get(conversationId) ?? { waiting: 0, told: false };
    if (count.waiting >= this.max) {
      const first = !count.told;
      count.told = true;
      return first ? 'refusedFirst' : 'refused';
    }
    count.waiting += 1;
    this.counts.set(conversationId, count);
    return 'admitted';
  }

  /** A message counted in is done; the conversation is forgotten once none waits. */
  leave(conversationId: string): void {
    const count = this.counts.get(conversationId);
    if (!count) return;
    count.waiting -= 1;
    if (count.waiting <= 0) this.counts.delete(conversationId);
  }
}
