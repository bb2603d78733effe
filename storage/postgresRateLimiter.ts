import type { Database } from './database';
import type { IdentityKeys } from './identityKeys';
import {
  admissionLanes,
  windowAt,
  type Admission,
  type AdmissionCounter,
  type AdmissionStep,
  type RateLimits,
} from './rateLimiter';

/** The rows that count everyone and the places kept for newcomers; a network's or an address's row is its keyed hash. */
const sharedRows = { everyone: '', newcomers: 'newcomers' } as const;

/** Counts one in a window's row if it is below `limit`, in one statement that waits only for that row. */
const countSql = `INSERT INTO directline_creations AS c (window_start, address, used) VALUES (?, ?, 1)
  ON CONFLICT (window_start, address) DO UPDATE SET used = c.used + 1 WHERE c.used < ?
  RETURNING used`;

/**
 * New Direct Line conversations counted in PostgreSQL (migration 5), for every instance together,
 * so the limits hold for the service rather than once per instance. Everyone's count (or the
 * newcomers') is taken first, so a request refused there leaves no trace and a network's or an
 * address's row is only ever made within it; a request over a later limit gives back what it
 * counted, which so counts one too many for a moment, never too few. Each count is one statement on its own row
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

  async take(address: string, network = address): Promise<Admission> {
    const { start, retryAfterSeconds } = windowAt(this.clock().getTime(), this.limits.windowMs);
    if (start > this.purgedBefore) {
      await this.db.write('DELETE FROM directline_creations WHERE window_start < ?', [start]);
      this.purgedBefore = start;
    }
    for (const lane of admissionLanes(this.limits, address, network))
      if (await this.countLane(start, lane)) return { ok: true };
    return { ok: false, retryAfterSeconds };
  }

  /** Counts each step in turn; at the first without room, gives back the ones already counted. */
  private async countLane(start: number, lane: AdmissionStep[]): Promise<boolean> {
    const counted: string[] = [];
    for (const step of lane) {
      const row = this.row(step);
      if (!(await this.count(start, row, step.limit))) {
        for (const taken of counted)
          await this.db.write(
            'UPDATE directline_creations SET used = used - 1 WHERE window_start = ? AND address = ?',
            [start, taken],
          );
        return false;
      }
      counted.push(row);
    }
    return true;
  }

  private row(step: AdmissionStep): string {
    if (step.kind === 'everyone' || step.kind === 'newcomers') return sharedRows[step.kind];
    return this.keys.of(step.kind === 'network' ? 'directline-network' : 'directline-address', step.key);
  }

  private async count(start: number, address: string, limit: number): Promise<boolean> {
    return (await this.db.all(countSql, [start, address, limit])).length > 0;
  }
}
