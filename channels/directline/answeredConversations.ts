/** Conversations remembered as answered, at most; past it the oldest are forgotten. */
const maxRemembered = 10_000;

/**
 * The Web Chat conversations in this process that have had a message taken and answered (H371): a
 * post from one of them may have the large bodies' places kept back (`keptForAnswered`), so a person
 * part-way through still has a long paste read while strangers with new conversations hold the rest.
 */
export class AnsweredConversations {
  private readonly ids = new Set<string>();

  /** Remembers `conversationId` as answered, the newest; forgets the oldest past `maxRemembered`. */
  add(conversationId: string): void {
    this.ids.delete(conversationId);
    if (this.ids.size >= maxRemembered) this.ids.delete(this.ids.values().next().value ?? '');
    this.ids.add(conversationId);
  }

  has(conversationId: string): boolean {
    return this.ids.has(conversationId);
  }
}
