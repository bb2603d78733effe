import { AppError } from '../plan/appError';
import {
  continueCodeMinutes,
  newContinueCode,
  type ContinueCodeStore,
  type JoiningIdentity,
  type Redeemed,
} from '../coordination/continueCodes';
import type { Database, Tx } from './database';
import type { IdentityKeys } from './identityKeys';

/** Points the joining identity at the record inside the redeeming transaction (telling the record's other channels). */
export interface CodeJoins {
  joinIn(tx: Tx, joining: JoiningIdentity, recordId: string, by: 'code'): Promise<void>;
}

/**
 * Continue codes in sqlite (migration 12). Only a keyed hash of a code is stored (the identity
 * key, so a copy of the database gives no working code, even one guessed against the table).
 */
export class SqlContinueCodes implements ContinueCodeStore {
  constructor(
    private readonly db: Database,
    private readonly joins: CodeJoins,
    private readonly keys: IdentityKeys,
    private readonly clock: () => Date = () => new Date(),
    private readonly minutes: number = continueCodeMinutes,
  ) {}

  async issue(recordId: string): Promise<{ code: string; expiresAt: string }> {
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + this.minutes * 60_000).toISOString();
    // Two live codes alike is about one in 10^8: another is made rather than fail the person.
    for (let attempt = 0; attempt < 4; attempt++) {
      const code = newContinueCode();
      // One live code a record: an older one, perhaps read over a shoulder, stops as this starts.
      const added = await this.db.transaction(async (tx) => {
        await tx.run('DELETE FROM continue_codes WHERE record_id = ? AND used_at IS NULL', [recordId]);
        const inserted = await tx.run(
          'INSERT OR IGNORE INTO continue_codes (code_key, record_id, expires_at, created_at) VALUES (?, ?, ?, ?)',
          [this.keyOf(code), recordId, expiresAt, now.toISOString()],
        );
        return inserted.changes > 0;
      });
      if (added) return { code, expiresAt };
    }
    throw new AppError('storage_conflict', 'No free continue code was found in four tries.');
  }

  redeem(code: string, joining: JoiningIdentity): Promise<Redeemed> {
    const key = this.keyOf(code);
    const now = this.clock().toISOString();
    return this.db.transaction(async (tx): Promise<Redeemed> => {
      const row = await tx.get('SELECT record_id, expires_at, used_at FROM continue_codes WHERE code_key = ?', [key]);
      if (!row) return { ok: false, reason: 'unknown' };
      if (row.used_at !== null) return { ok: false, reason: 'used' };
      if (String(row.expires_at) <= now) return { ok: false, reason: 'expired' };
      const recordId = String(row.record_id);
      // A record erased since the code was made is gone with its identities: nothing to join.
      if (!(await tx.get('SELECT 1 AS found FROM records WHERE id = ?', [recordId])))
        return { ok: false, reason: 'erased' };
      // Taken by this update or not at all: on PostgreSQL another instance may have read it unused too.
      const taken = await tx.run('UPDATE continue_codes SET used_at = ? WHERE code_key = ? AND used_at IS NULL', [
        now,
        key,
      ]);
      if (taken.changes === 0) return { ok: false, reason: 'used' };
      await this.joins.joinIn(tx, joining, recordId, 'code');
      return { ok: true, recordId };
    });
  }

  async works(code: string): Promise<boolean> {
    const row = await this.db.get(
      'SELECT 1 AS found FROM continue_codes c JOIN records r ON r.id = c.record_id WHERE c.code_key = ? AND c.used_at IS NULL AND c.expires_at > ?',
      [this.keyOf(code), this.clock().toISOString()],
    );
    return row !== undefined;
  }

  private keyOf(code: string): string {
    return this.keys.of('continue-code', code);
  }
}
