import { isIPv6 } from 'node:net';
import type { Request } from 'restify';

/**
 * The address a request came from, as the key rate limits count by. Behind `trustedHops`
 * reverse proxies (Azure App Service's front end is one) the TCP peer is the proxy, so the
 * client is read from `X-Forwarded-For`, counting that many entries from the right: entries
 * further left were written by the client and prove nothing. An IPv6 client is keyed by its
 * /64, since one subscriber is usually given a whole /64 to pick addresses from.
 */
export function clientAddress(req: Request, trustedHops: number): string {
  let address = req.socket?.remoteAddress ?? 'unknown';
  if (trustedHops > 0) {
    const forwarded = (req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry.length > 0);
    const entry = forwarded[forwarded.length - trustedHops];
    if (entry) address = entry;
  }
  return peerKey(address);
}

/** The key an address counts under: an IPv4 address as itself (IPv4-mapped too), an IPv6 one by its /64. */
export function peerKey(address: string): string {
  const plain = address.replace(/^::ffff:/, '');
  return isIPv6(plain) ? ipv6Prefix64(plain) : plain;
}

function ipv6Prefix64(address: string): string {
  const [head, tail] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}
