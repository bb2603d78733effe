import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import type { Next, Request, Response } from 'restify';
import { peerKey } from '../channels/directline/clientAddress';

/**
 * How long a connection past the cap may stay open: long enough for the one request a health
 * probe or a client sends at once, far shorter than the 30 s a silent one is otherwise held.
 */
export const overCapGraceMs = 1000;

/** The path a load balancer probes; answered on every connection, over the cap or not. */
const healthPath = '/healthz';

/**
 * Caps the connections each remote address holds open (its IPv6 /64 as one address). One address
 * could hold thousands of sockets, each with its buffers and timers. A connection past the cap is
 * taken, so a health probe from the same address is still answered, but any other request on it
 * gets a quick 429 and the connection closes; one that sends nothing is closed after
 * `overCapGraceMs`. Counts the TCP peer: behind a reverse proxy that is the proxy, all clients as
 * one, so there `requestCap.ts` counts each forwarded client's requests instead. Returns the
 * restify `pre` handler that refuses requests on connections past the cap.
 */
export function capConnections(
  server: HttpServer,
  max: number,
  onRefused: () => void = () => undefined,
): (req: Request, res: Response, next: Next) => void {
  const open = new Map<string, number>();
  const overCap = new WeakSet<Socket>();
  if (max > 0)
    server.prependListener('connection', (socket: Socket) => {
      const key = peerKey(socket.remoteAddress ?? 'unknown');
      const count = (open.get(key) ?? 0) + 1;
      open.set(key, count);
      socket.once('close', () => {
        const left = (open.get(key) ?? 1) - 1;
        if (left <= 0) open.delete(key);
        else open.set(key, left);
      });
      if (count <= max) return;
      overCap.add(socket);
      onRefused();
      const timer = setTimeout(() => socket.destroy(), overCapGraceMs);
      timer.unref();
      socket.once('close', () => clearTimeout(timer));
    });
  return (req, res, next) => {
    if (!overCap.has(req.socket) || req.getPath() === healthPath) return next();
    res.setHeader('Connection', 'close');
    res.setHeader('Retry-After', '5');
    res.send(429, { error: 'TooManyRequests', message: 'Too many connections from one address. Try again shortly.' });
    return next(false);
  };
}
