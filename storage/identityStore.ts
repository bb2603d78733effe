import { createHash } from 'node:crypto';
import type { Database } from './database';

/** Maps channel identities (an SMS number, a Web Chat user id, a Teams AAD id) to a record. */
export interface IdentityStore {
  recordFor(channelId: string, userId: string): Promise<string | null>;
  link(channelId: string, userId: string, recordId: string): Promise<void>;
  unlinkRecord(recordId: string): Promise<number>;
}

/**
 * Identities are stored hashed: the table never holds a phone number or user id in clear, yet
 * the same identity always finds the same record.
 */
export class SqliteIdentityStore implements IdentityStore {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async recordFor(channelId: string, userId: string): Promise<string | null> {
    const row = await this.db.get('SELECT record_id FROM identities WHERE identity = ?', [
      identityKey(channelId, userId),
    ]);
    return row ? String(row.record_id) : null;
  }

  async link(channelId: string, userId: string, recordId: string): Promise<void> {
    await this.db.write(
      `INSERT INTO identities (identity, record_id, created_at) VALUES (?, ?, ?)
       ON CONFLICT (identity) DO UPDATE SET record_id = excluded.record_id`,
      [identityKey(channelId, userId), recordId, this.clock().toISOString()],
    );
  }

  async unlinkRecord(recordId: string): Promise<number> {
    const result = await this.db.write('DELETE FROM identities WHERE record_id = ?', [recordId]);
    return result.changes;
  }
}

/** The hashed key of a channel identity. */
export function identityKey(channelId: string, userId: string): string {
  return createHash('sha256').update(`${channelId}\u0000${userId}`).digest('hex');
}
