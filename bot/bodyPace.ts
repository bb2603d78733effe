import type { Next, Request, RequestHandler, Response } from 'restify';

/**
 * How fast a request body must arrive once its headers are read: a grace for the first bytes, then
 * on average at least `bodyBytesPerSecond` (H483). A body of n bytes so has `bodyGraceMs` plus a
 * second for each `bodyBytesPerSecond` of it, however it is sent (a length given, or chunked).
 */
export interface BodyPace {
  bodyGraceMs: number;
  bodyBytesPerSecond: number;
}

/**
 * 5 s, then 16 KB a second: a phone on a poor 2G link (about 8 KB a second) sends a typed message
 * at once and a 60,000-character paste in 8 s, and 1 MB from Azure or a browser arrives in well under
 * a second. A chunked body that never ends, or trickles a byte a second, is cut after 5 s, not held
 * to the 30 s request limit, and a stranger holding a large body's place must push 16 KB a second.
 */
export const bodyPace: BodyPace = { bodyGraceMs: 5_000, bodyBytesPerSecond: 16 * 1024 };

/** How long the 408 or 413 has to reach the client before the connection is reset. */
const lingerMs = 250;

const cutMark = Symbol('bodyCut');

/** Why a body was cut while it arrived: too slowly (408), or chunked past what its route takes (413). */
export type BodyCut = 'tooSlow' | 'tooLarge';

/** What one body is held to: the pace, the most its route takes, and who is told of a cut. */
export interface BodyWatch {
  pace: BodyPace;
  maxBytes: number;
  onCut?: (req: Request, why: BodyCut) => void;
}

/**
 * restify's body reader for every route, with each body watched as it arrives (H483): when it
 * falls behind the pace, or passes what its route takes (`maxBytes`; a body with a length larger
 * was refused before it was read, so only a chunked one can), it is answered 408 or 413 at once, its
 * connection closed, and `onCut` told. restify's reader on its own read a chunked body to its end
 * or to the 30 s request limit, however large or slow, keeping up to 1 MB of it.
 */
export function pacedBodyReader(
  read: RequestHandler,
  watchOf: (req: Request) => BodyWatch,
): (req: Request, res: Response, next: Next) => void {
  return (req, res, next) => {
    const hasBody = req.isChunked() || (req.getContentLength() ?? 0) > 0;
    const unread = hasBody && !(req as { _readBody?: boolean })._readBody;
    void read(req, res, next);
    // The reader has its listener on the body now, so counting it too loses none of it.
    if (unread) watchBody(req, res, watchOf(req));
  };
}

function watchBody(req: Request, res: Response, watch: BodyWatch): void {
  const started = Date.now();
  const { bodyGraceMs, bodyBytesPerSecond } = watch.pace;
  let received = 0;
  let timer: NodeJS.Timeout | undefined;
  const stop = (): void => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    req.off('data', count);
  };
  const cut = (why: BodyCut): void => {
    stop();
    Object.assign(req, { [cutMark]: true });
    watch.onCut?.(req, why);
    if (!res.headersSent) {
      res.setHeader('Connection', 'close');
      const [status, error, message] =
        why === 'tooSlow'
          ? [408, 'RequestTimeout', 'The request did not arrive in time.']
          : [413, 'PayloadTooLarge', 'The request is too large.'];
      res.send(status, { error, message });
    }
    // Nothing more of the body is read: what the client still sends is dropped with the connection.
    req.pause();
    setTimeout(() => req.socket.destroy(), lingerMs).unref();
  };
  /** When what has come stops being enough: the grace, and a second for each `bodyBytesPerSecond`. */
  const dueAt = (): number => started + bodyGraceMs + (received * 1000) / bodyBytesPerSecond;
  const check = (): void => {
    if (Date.now() >= dueAt()) cut('tooSlow');
    else timer = setTimeout(check, Math.max(1, dueAt() - Date.now())).unref();
  };
  function count(chunk: Buffer): void {
    received += chunk.length;
    if (received > watch.maxBytes) cut('tooLarge');
  }
  req.on('data', count);
  timer = setTimeout(check, bodyGraceMs).unref();
  req.once('end', stop);
  res.once('finish', stop);
  res.once('close', stop);
}

/** True for a request whose body `watchBody` cut: it is answered, and no handler may run for it. */
export function bodyWasCut(req: Request): boolean {
  return (req as unknown as Record<symbol, unknown>)[cutMark] === true;
}

/**
 * Stops the chain for a request whose body was cut: restify's body reader goes on to the handlers
 * when the connection closes, with whatever part of the body it had.
 */
export function stopCutBodies(): RequestHandler {
  return (req: Request, _res: Response, next: Next): void => {
    next(bodyWasCut(req) ? false : undefined);
  };
}
