import { defaultCodeAttemptLimits, type CodeAttemptCounts, type CodeAttemptLimits } from '../coordination/codeAttempts';
import type { Database } from './database';
import type { IdentityKeys } from './identityKeys';

/**
 * Counts one wrong try for each key in one statement: a key whose window has passed starts a new
 * one, so a count never outlives its window.
 */
const failSql = `INSERT INTO code_attempts AS a (scope, key, failures, since)
  SELECT ?::text, value, 1, ?::bigint FROM json_each(?)
  ON CONFLICT (scope, key) DO UPDATE SET
    failures = CASE WHEN a.since < ? THEN 1 ELSE a.failures + 1 END,
    since = CASE WHEN a.since < ? THEN excluded.since ELSE a.since END`;

/**
 * Wrong codes counted in PostgreSQL (migration 5) for every instance together, so a guesser
 * spreading tries over instances meets one count. `scope` keeps counts with different limits
 * apart (a conversation's, record's or sender's, and everyone's). Keys are stored keyed, as
 * identities are: one may name a conversation, whose id can come from a phone number. The table
 * is bounded by time rather than by a number of keys: a count whose window has passed is dropped
 * with the next wrong try, so it holds at most the keys with a wrong try within the window.
 */
export class PostgresCodeAttempts implements CodeAttemptCounts {
  constructor(
    private readonly db: Database,
    private readonly scope: string,
    private readonly clock: () => Date,
    private readonly keys: IdentityKeys,
    private readonly limits: CodeAttemptLimits = defaultCodeAttemptLimits,
  ) {}

  async locked(keys: readonly string[]): Promise<boolean> {
    const found = await this.db.get(
      'SELECT 1 AS found FROM code_attempts WHERE scope = ? AND key IN (SELECT value FROM json_each(?)) AND since >= ? AND failures >= ? LIMIT 1',
      [this.scope, this.keyed(keys), this.windowStart(), this.limits.maxFailures],
    );
    return found !== undefined;
  }

  async fail(keys: readonly string[]): Promise<void> {
    const start = this.windowStart();
    await this.db.write('DELETE FROM code_attempts WHERE scope = ? AND since < ?', [this.scope, start]);
    await this.db.write(failSql, [this.scope, this.clock().getTime(), this.keyed(keys), start, start]);
  }

  /** The keys as stored, each once (one statement may change a row only once), as one JSON array. */
  private keyed(keys: readonly string[]): string {
    return JSON.stringify([...new Set(keys.map((key) => this.keys.of('code-attempts', key)))]);
  }

  /** Tries since this count; older ones have passed out of the window. */
  private windowStart(): number {
    return this.clock().getTime() - this.limits.windowMs;
  }
}
