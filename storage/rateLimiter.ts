import type { Answer } from './answer';

/** Whether one more may go ahead now, or how long to wait before asking again. */
export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

/** How many a client address may do, and how many everyone together may do, in each window. */
export interface RateLimits {
  perAddress: number;
  overall: number;
  windowMs: number;
}

/**
 * Counts what strangers may make the service hold (new Direct Line conversations) in fixed
 * windows, per client address and overall: in this process's memory for one instance
 * (`RateLimiter`), in the database for several (`postgresRateLimiter.ts`), so the limits hold
 * for the service as a whole rather than once per instance.
 */
export interface AdmissionCounter {
  /** Counts one for `address` if both limits allow it. */
  take(address: string): Answer<Admission>;
}

/** The window `now` falls in (windows start at multiples of `windowMs`), and how long until the next. */
export function windowAt(now: number, windowMs: number): { start: number; retryAfterSeconds: number } {
  const start = now - (now % windowMs);
  return { start, retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) };
}

/**
 * The counts in memory. The overall count is checked first and a refused request leaves no
 * trace, so the per-address table holds at most `overall` entries a window however many
 * addresses knock; it is dropped whole when the window turns.
 */
export class RateLimiter implements AdmissionCounter {
  private windowStart = Number.NEGATIVE_INFINITY;
  private total = 0;
  private readonly byAddress = new Map<string, number>();

  constructor(
    private readonly limits: RateLimits,
    private readonly clock: () => Date,
  ) {}

  take(address: string): Admission {
    const { start, retryAfterSeconds } = windowAt(this.clock().getTime(), this.limits.windowMs);
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.total = 0;
      this.byAddress.clear();
    }
    if (this.total >= this.limits.overall) return { ok: false, retryAfterSeconds };
    const used = this.byAddress.get(address) ?? 0;
    if (used >= this.limits.perAddress) return { ok: false, retryAfterSeconds };
    this.byAddress.set(address, used + 1);
    this.total += 1;
    return { ok: true };
  }
}
