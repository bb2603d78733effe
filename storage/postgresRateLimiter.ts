import type { Database } from './database';
import type { IdentityKeys } from './identityKeys';
import { windowAt, type Admission, type AdmissionCounter, type RateLimits } from './rateLimiter';

/** The row that counts everyone; an address's row is its keyed hash, never empty. */
const everyone = '';

/** Counts one in a window's row if it is below `limit`, in one statement that waits only for that row. */
const countSql = `INSERT INTO directline_creations AS c (window_start, address, used) VALUES (?, ?, 1)
  ON CONFLICT (window_start, address) DO UPDATE SET used = c.used + 1 WHERE c.used < ?
  RETURNING used`;

/**
 * New Direct Line conversations counted in PostgreSQL (migration 5), for every instance together,
 * so the limits hold for the service rather than once per instance. Everyone's count is taken
 * first, so a request refused there leaves no trace and an address row is only ever made within
 * everyone's limit; an address over its own limit gives its place in everyone's count back, which
 * so counts one too many for a moment, never too few. Each count is one statement on its own row
 * (never a lock held across requests, which a flood could queue on). Addresses are stored keyed,
 * as identities are, and a window's rows go once it is over.
 */
export class PostgresRateLimiter implements AdmissionCounter {
  private purgedBefore = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: Database,
    private readonly limits: RateLimits,
    private readonly clock: () => Date,
    private readonly keys: IdentityKeys,
  ) {}

  async take(address: string): Promise<Admission> {
    const { start, retryAfterSeconds } = windowAt(this.clock().getTime(), this.limits.windowMs);
    if (start > this.purgedBefore) {
      await this.db.write('DELETE FROM directline_creations WHERE window_start < ?', [start]);
      this.purgedBefore = start;
    }
    if (!(await this.count(start, everyone, this.limits.overall))) return { ok: false, retryAfterSeconds };
    if (await this.count(start, this.keys.of('directline-address', address), this.limits.perAddress))
      return { ok: true };
    await this.db.write('UPDATE directline_creations SET used = used - 1 WHERE window_start = ? AND address = ?', [
      start,
      everyone,
    ]);
    return { ok: false, retryAfterSeconds };
  }

  private async count(start: number, address: string, limit: number): Promise<boolean> {
    return (await this.db.all(countSql, [start, address, limit])).length > 0;
  }
}
