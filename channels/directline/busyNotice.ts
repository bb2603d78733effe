import type { Request } from 'restify';
import { directLineBase } from './directLineBot';
import { bearerToken, type TokenClaims } from './tokens';

/** The least time between two busy notices to one conversation: a burst of refusals is told once. */
export const busyNoticeEveryMs = 10_000;

/** Conversations told lately, at most; past it the oldest are forgotten (and may be told again). */
const maxRemembered = 10_000;

const postedMessage = new RegExp(`^${directLineBase}/conversations/([^/]+)/activities$`);

/** What telling a conversation it was refused at the large bodies' cap needs. */
export interface BusyTelling {
  verify: (token: string) => TokenClaims | null;
  /** Puts the notice in the conversation's stream, for its page to show. */
  tell: (conversationId: string) => Promise<unknown>;
  now?: () => number;
}

/**
 * For a Web Chat message refused unread at the large bodies' cap (429, H371): the notice is put in
 * its conversation, so the person reads that it did not reach the service and what to do, rather
 * than only "Send failed". Only for a post whose token is for the conversation in its path, and at
 * most once in `busyNoticeEveryMs` a conversation, so a stranger cannot write into anyone else's
 * chat nor fill their own with notices.
 */
export function busyTeller(telling: BusyTelling): (req: Request) => void {
  const now = telling.now ?? Date.now;
  const told = new Map<string, number>();
  return (req) => {
    const conversationId = postedTo(req, telling.verify);
    if (conversationId === undefined) return;
    const last = told.get(conversationId);
    if (last !== undefined && now() - last < busyNoticeEveryMs) return;
    told.delete(conversationId);
    if (told.size >= maxRemembered) told.delete(told.keys().next().value ?? '');
    told.set(conversationId, now());
    // A notice that could not be stored (the stream forgotten) leaves the 429 as it is.
    telling.tell(conversationId).catch(() => undefined);
  };
}

/** The conversation a message is posted to, when the post's token is for it; else undefined. */
export function postedTo(req: Request, verify: (token: string) => TokenClaims | null): string | undefined {
  if (req.method !== 'POST') return undefined;
  const segment = postedMessage.exec(req.getPath())?.[1];
  const token = bearerToken(req.header('authorization'));
  if (segment === undefined || !token) return undefined;
  const claims = verify(token);
  return claims && claims.conversationId === decoded(segment) ? claims.conversationId : undefined;
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
