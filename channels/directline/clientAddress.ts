import { isIPv4, isIPv6 } from 'node:net';
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

/**
 * The key an address counts under: an IPv4 address as itself, an IPv6 one by its /64. Written any
 * way a socket or a proxy writes it (H371): with a port (Azure App Service's `X-Forwarded-For` gives
 * `203.0.113.5:51234`, a new port for each connection), in brackets, with a zone, in capitals, or
 * IPv4 written as IPv6 (`::ffff:203.0.113.5`, `::FFFF:cb00:7105`), one client has one key.
 */
export function peerKey(address: string): string {
  const bare = withoutPort(address.trim());
  if (isIPv4(bare)) return bare;
  const canonical = canonicalIPv6(bare);
  if (canonical === undefined) return bare;
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (mapped) return dotted(parseInt(mapped[1] ?? '0', 16), parseInt(mapped[2] ?? '0', 16));
  return ipv6Prefix64(canonical);
}

/**
 * The network a key belongs to (H371): an IPv6 /64 within its /48, which one site or subscriber is
 * often given whole (65,536 /64s to choose from); an IPv4 address stays itself.
 */
export function peerNetwork(key: string): string {
  if (!key.endsWith('::/64')) return key;
  return `${key.split(':').slice(0, 3).join(':')}::/48`;
}

/**
 * The network new conversations are shared out by (H518): an IPv4 /24 (one provider's or site's
 * block, as an IPv6 /48 is), an IPv6 /64 within its /48.
 */
export function sharedNetwork(key: string): string {
  if (isIPv4(key)) return `${key.split('.').slice(0, 3).join('.')}.0/24`;
  return peerNetwork(key);
}

function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]*)\](?::\d+)?$/.exec(address);
  if (bracketed) return bracketed[1] ?? '';
  const ipv4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(address);
  return ipv4WithPort?.[1] ?? address;
}

/** The IPv6 address in its one written form (lower case, shortest), or undefined if it is not one. */
function canonicalIPv6(address: string): string | undefined {
  const withoutZone = address.replace(/%.*$/, '');
  if (!isIPv6(withoutZone)) return undefined;
  return new URL(`http://[${withoutZone}]/`).hostname.slice(1, -1);
}

function dotted(high: number, low: number): string {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff].join('.');
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
