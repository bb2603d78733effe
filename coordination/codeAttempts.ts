/** How many wrong codes are allowed, and for how long they count. */
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
 * Wrong continue codes from everyone together that close the door for a while: a guesser with
 * many conversations and numbers still meets a limit, and a person who meets it is told, like any
 * refusal, to ask for a new code (which will work once the window has passed). Continue codes
 * are short (about 7 x 10^8) and live for minutes, so they need this where invitation codes
 * (about 10^12) do not.
 */
export const everyoneCodeAttemptLimits: CodeAttemptLimits = { maxFailures: 1000, windowMs: 10 * 60_000, maxKeys: 1 };

/** The key everyone's wrong tries are counted under. */
const everyoneKey = 'everyone';

interface Tally {
  failures: number;
  since: number;
}

/** Counts per key within a window, in a bounded table. */
class Tallies {
  private readonly tallies = new Map<string, Tally>();

  constructor(private readonly limits: CodeAttemptLimits) {}

  locked(key: string, now: number): boolean {
    return (this.current(key, now)?.failures ?? 0) >= this.limits.maxFailures;
  }

  fail(key: string, now: number): void {
    const tally = this.current(key, now) ?? { failures: 0, since: now };
    tally.failures += 1;
    this.tallies.delete(key);
    this.tallies.set(key, tally);
    while (this.tallies.size > this.limits.maxKeys) {
      const oldest = this.tallies.keys().next();
      if (oldest.done) break;
      this.tallies.delete(oldest.value);
    }
  }

  private current(key: string, now: number): Tally | undefined {
    const tally = this.tallies.get(key);
    if (tally && now - tally.since > this.limits.windowMs) {
      this.tallies.delete(key);
      return undefined;
    }
    return tally;
  }
}

/** Whether a try also counts against everyone's wrong tries together (continue codes do). */
export interface AttemptScope {
  everyone?: boolean;
}

/**
 * Wrong codes, counted per key (the conversation, the sender, the person's record) and, for the
 * codes that ask it, for everyone together, in memory. Once a key (or everyone) has had its
 * failures in its window every code is refused for it, the right one too, until the window has
 * passed. The tables are bounded, so a flood of conversations cannot grow them; what they forget
 * is only a locked-out guesser's count.
 */
export class CodeAttempts {
  private readonly byKey: Tallies;
  private readonly everyone: Tallies;

  constructor(
    private readonly clock: () => Date,
    limits: CodeAttemptLimits = defaultCodeAttemptLimits,
    everyoneLimits: CodeAttemptLimits = everyoneCodeAttemptLimits,
  ) {
    this.byKey = new Tallies(limits);
    this.everyone = new Tallies(everyoneLimits);
  }

  /** True when any of the keys (or everyone, in scope) has used up its wrong tries. */
  locked(keys: readonly string[], scope: AttemptScope = {}): boolean {
    const now = this.now();
    return (
      keys.some((key) => this.byKey.locked(key, now)) || (!!scope.everyone && this.everyone.locked(everyoneKey, now))
    );
  }

  /** Counts one wrong try against every key (and everyone, in scope). */
  fail(keys: readonly string[], scope: AttemptScope = {}): void {
    const now = this.now();
    for (const key of keys) this.byKey.fail(key, now);
    if (scope.everyone) this.everyone.fail(everyoneKey, now);
  }

  private now(): number {
    return this.clock().getTime();
  }
}
