/** Whether one more may go ahead now, or how long to wait before asking again. */
export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

/** How many a client address may do, and how many everyone together may do, in each window. */
export interface RateLimits {
  perAddress: number;
  overall: number;
  windowMs: number;
}

/**
 * Counts what strangers may make the service hold (new conversations) in fixed windows, per
 * client address and overall. The overall count is checked first and a refused request leaves
 * no trace, so the per-address table holds at most `overall` entries a window however many
 * addresses knock; it is dropped whole when the window turns.
 */
export class RateLimiter {
  private windowStart = 0;
  private total = 0;
  private readonly byAddress = new Map<string, number>();

  constructor(
    private readonly limits: RateLimits,
    private readonly clock: () => Date,
  ) {}

  /** Counts one for `address` if both limits allow it. */
  take(address: string): Admission {
    const now = this.clock().getTime();
    if (now - this.windowStart >= this.limits.windowMs) {
      this.windowStart = now - (now % this.limits.windowMs);
      this.total = 0;
      this.byAddress.clear();
    }
    const retryAfterSeconds = Math.max(1, Math.ceil((this.windowStart + this.limits.windowMs - now) / 1000));
    if (this.total >= this.limits.overall) return { ok: false, retryAfterSeconds };
    const used = this.byAddress.get(address) ?? 0;
    if (used >= this.limits.perAddress) return { ok: false, retryAfterSeconds };
    this.byAddress.set(address, used + 1);
    this.total += 1;
    return { ok: true };
  }
}
