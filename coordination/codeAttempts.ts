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

/**
 * Wrong codes counted per key under one set of limits: once a key has had `maxFailures` in its
 * window, `locked` says so until the window has passed. In this process's memory for one instance
 * (`MemoryCodeAttempts`), in the database for several (`storage/postgresCodeAttempts.ts`), so a
 * guesser spreading tries over instances meets the same count.
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
export class MemoryCodeAttempts implements CodeAttemptCounts {
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

/** Whether a try also counts against everyone's wrong tries together (continue codes do). */
export interface AttemptScope {
  everyone?: boolean;
}

/**
 * Wrong codes, shared by invitation and continue codes: counted per key (the conversation, the
 * sender, the person's record) and, for the codes that ask it, for everyone together, each count
 * under its own limits. Once a key (or everyone) has used up its wrong tries every code is
 * refused for it, the right one too, until the window has passed. Where the counts live (memory
 * or the database) is the two `CodeAttemptCounts` it is given.
 */
export class CodeAttempts {
  constructor(
    private readonly counts: {
      /** Per key, within `defaultCodeAttemptLimits` unless told otherwise. */
      byKey: CodeAttemptCounts;
      /** Everyone's together, within `everyoneCodeAttemptLimits` unless told otherwise. */
      everyone: CodeAttemptCounts;
    },
  ) {}

  /** Both counts in this process's memory: one instance alone. */
  static inMemory(
    clock: () => Date,
    limits: CodeAttemptLimits = defaultCodeAttemptLimits,
    everyoneLimits: CodeAttemptLimits = everyoneCodeAttemptLimits,
  ): CodeAttempts {
    return new CodeAttempts({
      byKey: new MemoryCodeAttempts(clock, limits),
      everyone: new MemoryCodeAttempts(clock, everyoneLimits),
    });
  }

  /** True when any of the keys (or everyone, in scope) has used up its wrong tries. */
  async locked(keys: readonly string[], scope: AttemptScope = {}): Promise<boolean> {
    return (
      (await this.counts.byKey.locked(keys)) || (!!scope.everyone && (await this.counts.everyone.locked([everyoneKey])))
    );
  }

  /** Counts one wrong try against every key (and everyone, in scope). */
  async fail(keys: readonly string[], scope: AttemptScope = {}): Promise<void> {
    await this.counts.byKey.fail(keys);
    if (scope.everyone) await this.counts.everyone.fail([everyoneKey]);
  }
}
