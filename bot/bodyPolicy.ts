import type { Next, Request, RequestHandler, Response } from 'restify';

/** The only body each kind of route takes: Twilio posts a form, everything else posts JSON. */
export type BodyKind = 'json' | 'form';

const mediaTypes: Record<BodyKind, string> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
};

/**
 * Refuses, with 415 and before a byte of it is read, any request body that is not the one
 * media type its route takes. No route takes multipart: restify's multipart parser streams file
 * parts into the temp folder before any handler (and so any authentication) runs, and nothing
 * removes them, so a stranger could fill the disk through the public token endpoint.
 */
export function bodyPolicy(kindOf: (path: string) => BodyKind): RequestHandler {
  return (req: Request, res: Response, next: Next): void => {
    const hasBody = req.isChunked() || (req.getContentLength() ?? 0) > 0;
    if (!hasBody || req.contentType().toLowerCase() === mediaTypes[kindOf(req.getPath())]) {
      next();
      return;
    }
    res.send(415, { error: 'UnsupportedMediaType', message: 'Unsupported content type.' });
    next(false);
  };
}
