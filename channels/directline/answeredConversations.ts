import type { Request } from 'restify';
import { postedTo } from './busyNotice';
import type { TokenClaims } from './tokens';

/** Conversations remembered, at most; past it the oldest are forgotten. */
const maxRemembered = 10_000;

/**
 * The Web Chat conversations in this process that have had a message taken and answered (H371): a
 * post from one of them may have the large bodies' places kept back (`keptForAnswered`), so a person
 * part-way through still has a long paste read while strangers with new conversations hold the rest.
 * A conversation that left a large post half-sent is never favoured again (H484), however many
 * messages it has answered after: a stranger who sends one message and then holds places with slow
 * posts needs a new conversation (within the creation limits) for each.
 */
export class AnsweredConversations {
  private readonly seen = new Map<string, 'answered' | 'abandoned'>();

  /** Remembers `conversationId` as answered, the newest, unless it abandoned a post; forgets the oldest past `maxRemembered`. */
  add(conversationId: string): void {
    if (this.seen.get(conversationId) === 'abandoned') return;
    this.remember(conversationId, 'answered');
  }

  /** Remembers that a large post of `conversationId` was left half-sent: a stranger's way of holding a place. */
  abandon(conversationId: string): void {
    this.remember(conversationId, 'abandoned');
  }

  has(conversationId: string): boolean {
    return this.seen.get(conversationId) === 'answered';
  }

  /** The channel's `favoured` and `abandoned`, for a post whose token is for the conversation in its path. */
  byToken(verify: (token: string) => TokenClaims | null): {
    favoured: (req: Request) => boolean;
    abandoned: (req: Request) => void;
  } {
    return {
      favoured: (req) => this.has(postedTo(req, verify) ?? ''),
      abandoned: (req) => {
        const conversationId = postedTo(req, verify);
        if (conversationId !== undefined) this.abandon(conversationId);
      },
    };
  }

  private remember(conversationId: string, state: 'answered' | 'abandoned'): void {
    this.seen.delete(conversationId);
    if (this.seen.size >= maxRemembered) this.seen.delete(this.seen.keys().next().value ?? '');
    this.seen.set(conversationId, state);
  }
}
