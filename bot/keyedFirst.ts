import type { Next, Request, RequestHandler, Response } from 'restify';

/** A route whose credential can be checked from the headers alone, before its body is read. */
export interface KeyedFirst {
  /** True for a path this credential guards. */
  covers: (path: string) => boolean;
  /** The credential's id, or undefined with the refusal (401 or 403) already sent; the body waits meanwhile. */
  check: (req: Request, res: Response) => string | undefined | Promise<string | undefined>;
}

/**
 * Refuses a body posted to a keyed route without its key before a byte of the body is read (H374,
 * H375): each route checks its credential again itself, but only once the body is read and parsed,
 * so a stranger with none could otherwise make the service read up to the route's 1 MB, and hold
 * one of the large bodies read at once (`bodyPolicy`) with a slow post.
 */
export function keyedFirst(keyed: readonly KeyedFirst[]): RequestHandler {
  return (req: Request, res: Response, next: Next): void => {
    const hasBody = req.isChunked() || (req.getContentLength() ?? 0) > 0;
    const path = req.getPath();
    const guard = hasBody ? keyed.find((route) => route.covers(path)) : undefined;
    const verdict = guard ? guard.check(req, res) : 'unguarded';
    if (typeof verdict === 'string' || verdict === undefined) next(verdict === undefined ? false : undefined);
    else verdict.then((id) => next(id === undefined ? false : undefined), next);
  };
}

/** Covers every path under one of `prefixes`. */
export const underPrefixes =
  (...prefixes: readonly string[]) =>
  (path: string): boolean =>
    prefixes.some((prefix) => path.startsWith(prefix));
