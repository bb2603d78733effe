import type { Request, Response } from 'restify';
import type { KeyedFirst } from '../../bot/keyedFirst';
import { fail } from './routeHelpers';
import { bearerToken, type DirectLineTokens, type TokenClaims } from './tokens';

/** The path of a message posted to a conversation: the one Direct Line route that takes 1 MB. */
const messagePost = /^\/v3\/directline\/conversations\/([^/]+)\/activities$/;

/**
 * The grant of the request's token, or undefined with a 401 (no token) or 403 (bad, expired, or for
 * another conversation than `conversationId`) already sent.
 */
export function authorised(
  tokens: DirectLineTokens,
  req: Request,
  res: Response,
  conversationId?: string,
): TokenClaims | undefined {
  const token = bearerToken(req.header('authorization'));
  if (!token) {
    fail(res, 401, 'A token is required.');
    return undefined;
  }
  const claims = tokens.verify(token);
  if (!claims || (conversationId !== undefined && claims.conversationId !== conversationId)) {
    fail(res, 403, 'The token is not valid for this conversation.');
    return undefined;
  }
  return claims;
}

/**
 * A message post's token checked from its headers, before its body (up to 1 MB) is read (H375): a
 * stranger with no token for the conversation is answered as the route would answer it, unread.
 */
export function tokenFirst(tokens: DirectLineTokens): KeyedFirst {
  return {
    covers: (path) => messagePost.test(path),
    check: (req, res) => authorised(tokens, req, res, conversationIn(req.getPath()))?.conversationId,
  };
}

/** The conversation id a message post's path names, decoded as the route's parameter is. */
function conversationIn(path: string): string {
  const part = messagePost.exec(path)?.[1] ?? '';
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
