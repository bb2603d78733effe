import type { Next, Request, RequestHandler, Response } from 'restify';

/** Routes whose credential can be checked from the headers alone, before their body is read. */
export interface KeyedFirst {
  prefixes: readonly string[];
  /** The credential's id, or undefined with the refusal (401) already sent. */
  check: (req: Request, res: Response) => string | undefined;
}

/**
 * Refuses a body posted to a keyed route without its key before a byte of the body is read (H374):
 * the route checks the key again itself, but only once the body is read and parsed, so a stranger
 * with no key could otherwise make the service read up to the route's 1 MB, and hold one of the large
 * bodies read at once (`bodyPolicy`) with a slow post.
 */
export function keyedFirst(keyed: KeyedFirst): RequestHandler {
  return (req: Request, res: Response, next: Next): void => {
    const hasBody = req.isChunked() || (req.getContentLength() ?? 0) > 0;
    const path = req.getPath();
    if (hasBody && keyed.prefixes.some((prefix) => path.startsWith(prefix)) && keyed.check(req, res) === undefined) {
      next(false);
      return;
    }
    next();
  };
}
