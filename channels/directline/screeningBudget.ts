/** How much screening CPU time one client address may use a minute on the middles of long pastes (H377). */
export const screeningMsPerAddress = 6_000;

/** How much all addresses together may use a minute: a third of one core. */
export const screeningMsOverall = 20_000;

/** Addresses remembered at most; past it the longest unseen is forgotten (and starts with a full budget). */
const maxRemembered = 10_000;

interface Bucket {
  level: number;
  at: number;
}

/** How the budget is set: tests give small ones to see it spent in a few windows. */
export interface BudgetLimits {
  perAddressMs: number;
  overallMs: number;
  windowMs?: number;
  now?: () => number;
}

/**
 * The screening time the middle of a paste over 200,000 characters may use (H377): each address, and
 * everyone together, has a budget of CPU milliseconds that fills again over a minute. The first and
 * last 10,000 characters, and any paste up to 200,000, are screened whatever is left, and charged:
 * a stranger sending long pastes spends their own budget, and then only the ends of theirs are read.
 */
export class ScreeningBudget {
  private readonly buckets = new Map<string, Bucket>();
  private readonly overall: Bucket;
  private readonly windowMs: number;
  private readonly now: () => number;

  constructor(
    private readonly limits: BudgetLimits = { perAddressMs: screeningMsPerAddress, overallMs: screeningMsOverall },
  ) {
    this.windowMs = limits.windowMs ?? 60_000;
    this.now = limits.now ?? Date.now;
    this.overall = { level: limits.overallMs, at: this.now() };
  }

  /** True while `address`, and everyone together, have budget left. */
  has(address: string): boolean {
    return (
      this.level(this.overall, this.limits.overallMs) > 0 &&
      this.level(this.bucketOf(address), this.limits.perAddressMs) > 0
    );
  }

  /** `screen(text)`, its CPU time charged to `address` and to everyone's budget. */
  charged<T>(address: string, screen: () => T): T {
    const start = process.cpuUsage();
    try {
      return screen();
    } finally {
      const used = process.cpuUsage(start);
      const ms = (used.user + used.system) / 1000;
      const bucket = this.bucketOf(address);
      bucket.level = this.level(bucket, this.limits.perAddressMs) - ms;
      this.overall.level = this.level(this.overall, this.limits.overallMs) - ms;
    }
  }

  private bucketOf(address: string): Bucket {
    let bucket = this.buckets.get(address);
    if (bucket) this.buckets.delete(address);
    else {
      if (this.buckets.size >= maxRemembered) this.buckets.delete(this.buckets.keys().next().value ?? '');
      bucket = { level: this.limits.perAddressMs, at: this.now() };
    }
    this.buckets.set(address, bucket);
    return bucket;
  }

  /** The bucket's level now, filled again in proportion to the time since it was last read. */
  private level(bucket: Bucket, full: number): number {
    const now = this.now();
    bucket.level = Math.min(full, bucket.level + ((now - bucket.at) * full) / this.windowMs);
    bucket.at = now;
    return bucket.level;
  }
}
