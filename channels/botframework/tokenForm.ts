import type { Request, Response } from 'restify';
import type { KeyedFirst } from '../../bot/keyedFirst';

/** The path of the Bot Framework endpoint. */
export const messagesPath = '/api/messages';

/**
 * What the SDK takes as a channel's credential: `Bearer` (as it spells it), one space, and a JSON
 * Web Token's three base64url parts. Anything else it refuses, but only after the body is read.
 */
const bearerJwt = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * With Bot Framework auth on (an app id), a post to `/api/messages` whose Authorization header is
 * not a token of that form is answered 401 before its body is read (H375); the SDK checks the
 * token itself once the body is read. With auth off (local testing) nothing is checked here.
 */
export function tokenFormFirst(appId: string): KeyedFirst | undefined {
  if (appId === '') return undefined;
  return {
    covers: (path) => path === messagesPath,
    check: (req: Request, res: Response) => {
      if (bearerJwt.test(req.header('authorization') ?? '')) return 'bearer';
      res.send(401, { error: 'Unauthorized', message: 'Not authorised.' });
      return undefined;
    },
  };
}
