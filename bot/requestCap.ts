import type { Next, Request, Response } from 'restify';
import { clientAddress } from '../channels/directline/clientAddress';
import { CountsByKey, healthPath, refusedAtCap } from './capCounts';

/**
 * Behind `trustedHops` reverse proxies, caps the requests each client has in flight at once, the
 * client read from `X-Forwarded-For` as the rate limits read it (`clientAddress`, an IPv6 /64 as
 * one). There every connection is the proxy's, carrying many clients' requests one after another,
 * so counting sockets counts every client together (H223): what one client can still hold here is
 * requests, each from its headers arriving to its response going (a body trickled through a proxy
 * that does not buffer it, a request waiting for a turn). Past `max`, a request gets a quick 429
 * with `Retry-After`; the connection is left open, as it is the proxy's and other clients' too.
 * A client's idle or half-open sockets are held by the proxy and never reach here: its own limits
 * bound them (H265). Returns the restify `pre` handler.
 */
export function capRequests(
  max: number,
  trustedHops: number,
  onRefused: () => void = () => undefined,
): (req: Request, res: Response, next: Next) => void {
  const inFlight = new CountsByKey();
  return (req, res, next) => {
    if (max <= 0 || req.getPath() === healthPath) return next();
    const key = clientAddress(req, trustedHops);
    if (inFlight.held(key) >= max) {
      onRefused();
      refusedAtCap(res, 'Too many requests at once from one address. Try again shortly.');
      return next(false);
    }
    inFlight.take(key);
    res.once('close', () => inFlight.giveBack(key));
    return next();
  };
}
