import { timingSafeEqual } from 'node:crypto';
import type { Next, Request, Response } from 'restify';

/** A route handler that answers before it returns. */
export type Handler = (req: Request, res: Response) => void;

/** A route handler that answers when its promise settles. */

export type AsyncHandler = (req: Request, res: Response) => Promise<void>;

/** restify 11 runs two-argument handlers only if async; a synchronous one must call `next`. */
export const sync =
  (handler: Handler) =>
  (req: Request, res: Response, next: Next): void => {
    handler(req, res);
    next();
  };

const errorCodes = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  413: 'PayloadTooLarge',
  429: 'TooManyRequests',
  502: 'BadGateway',
} as const;

/** Answers with Direct Line's error shape: `{ error: { code, message } }`. */
export function fail(res: Response, status: keyof typeof errorCodes, message: string): void {
  res.send(status, { error: { code: errorCodes[status], message } });
}

/** 429 with the seconds to wait in `Retry-After`. */
export function tooMany(
  res: Response,
  retryAfterSeconds: number,
  message = 'Too many new conversations. Try again shortly.',
): void {
  res.header('Retry-After', String(retryAfterSeconds));
  fail(res, 429, message);
}

/** A path parameter as a string ('' when missing); restify leaves `params` untyped. */
export function param(req: Request, name: string): string {
  const params = req.params as Record<string, unknown> | undefined;
  const value = params?.[name];
  return typeof value === 'string' ? value : '';
}

/** Compares two secrets in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
