import type { Server as HttpServer } from 'node:http';
import type { Socket } from 'node:net';
import type { Next, Request, Response } from 'restify';
import { peerKey } from '../channels/directline/clientAddress';
import { CountsByKey, healthPath, refusedAtCap } from './capCounts';

/**
 * How long a connection past the cap may stay open: long enough for the one request a health
 * probe or a client sends at once, far shorter than the 30 s a silent one is otherwise held.
 */
export const overCapGraceMs = 1000;

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
  const open = new CountsByKey();
  const overCap = new WeakSet<Socket>();
  if (max > 0)
    server.prependListener('connection', (socket: Socket) => {
      const key = peerKey(socket.remoteAddress ?? 'unknown');
      const count = open.take(key);
      socket.once('close', () => open.giveBack(key));
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
    refusedAtCap(res, 'Too many connections from one address. Try again shortly.');
    return next(false);
  };
}
