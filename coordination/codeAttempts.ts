/** How many wrong invitation codes are allowed, and for how long they count. */
export interface CodeAttemptLimits {
  maxFailures: number;
  windowMs: number;
  /** Keys remembered at most; the oldest are forgotten first. */
  maxKeys: number;
}

/**
 * Five wrong codes an hour: far more than a person mistyping their code needs, and it makes
 * guessing one of ~10^12 codes hopeless from any one conversation or record.
 */
export const defaultCodeAttemptLimits: CodeAttemptLimits = {
  maxFailures: 5,
  windowMs: 60 * 60_000,
  maxKeys: 10_000,
};

/**
 * Wrong codes counted per key (a conversation, a record, a sender, or everyone), shared by
 * invitation and continue codes: once a key has had `maxFailures` in its window every code is
 * refused for it, the right one too, until the window has passed. In this process's memory for
 * one instance (`CodeAttempts`), in the database for several, so a guesser spreading tries over
 * instances meets the same count.
 */
export interface CodeAttemptCounts {
  /** True when any of the keys has used up its wrong tries. */
  locked(keys: readonly string[]): Promise<boolean>;
  /** Counts one wrong try against every key. */
  fail(keys: readonly string[]): Promise<void>;
}

interface Tally {
  failures: number;
  since: number;
}

/**
 * The counts in memory. The table is bounded, so a flood of conversations cannot grow it; what it
 * forgets is only a locked-out guesser's count.
 */
export class CodeAttempts implements CodeAttemptCounts {
  private readonly tallies = new Map<string, Tally>();

  constructor(
    private readonly clock: () => Date,
    private readonly limits: CodeAttemptLimits = defaultCodeAttemptLimits,
  ) {}

  locked(keys: readonly string[]): Promise<boolean> {
    return Promise.resolve(keys.some((key) => (this.current(key)?.failures ?? 0) >= this.limits.maxFailures));
  }

  fail(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      const tally = this.current(key) ?? { failures: 0, since: this.now() };
      tally.failures += 1;
      this.tallies.delete(key);
      this.tallies.set(key, tally);
    }
    while (this.tallies.size > this.limits.maxKeys) {
      const oldest = this.tallies.keys().next();
      if (oldest.done) break;
      this.tallies.delete(oldest.value);
    }
    return Promise.resolve();
  }

  private current(key: string): Tally | undefined {
    const tally = this.tallies.get(key);
    if (tally && this.now() - tally.since > this.limits.windowMs) {
      this.tallies.delete(key);
      return undefined;
    }
    return tally;
  }

  private now(): number {
    return this.clock().getTime();
  }
}
