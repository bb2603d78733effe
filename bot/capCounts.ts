import type { Response } from 'restify';

/** The path a load balancer probes: answered whatever a cap's count. */
export const healthPath = '/healthz';

/**
 * How many of something each key holds now (connections or requests by address): taken as one
 * opens, given back as it closes, a key with none left forgotten so the map holds only the busy.
 */
export class CountsByKey {
  private readonly counts = new Map<string, number>();

  /** How many `key` holds now. */
  held(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** One more held by `key`; returns how many it holds now. */
  take(key: string): number {
    const count = this.held(key) + 1;
    this.counts.set(key, count);
    return count;
  }

  /** One fewer held by `key`. */
  giveBack(key: string): void {
    const left = this.held(key) - 1;
    if (left <= 0) this.counts.delete(key);
    else this.counts.set(key, left);
  }
}

/** A quick 429 from a cap, with five seconds to wait. */
export function refusedAtCap(res: Response, message: string): void {
  res.setHeader('Retry-After', '5');
  res.send(429, { error: 'TooManyRequests', message });
}
