import type { Database, SqlValue, Tx } from './database';
import { unkeyedIdentityKeys, type IdentityKeys } from './identityKeys';

/** Maps channel identities (an SMS number, a Web Chat user id, a Teams AAD id) to a record. */
export interface IdentityStore {
  /** The stored key of a channel identity, as `RecordStore.getByIdentity` takes it. */
  keyOf(channelId: string, userId: string): string;
  recordFor(channelId: string, userId: string): Promise<string | null>;
  link(channelId: string, userId: string, recordId: string): Promise<void>;
  /** `link` inside a transaction. */
  linkIn(tx: Tx, channelId: string, userId: string, recordId: string): Promise<void>;
  unlinkRecord(recordId: string): Promise<number>;
  /** Removes one identity's link, only if it leads to `recordId`; true when it did. */
  unlink(channelId: string, userId: string, recordId: string): Promise<boolean>;
}

const linkSql = `INSERT INTO identities (identity, record_id, created_at) VALUES (?, ?, ?)
  ON CONFLICT (identity) DO UPDATE SET record_id = excluded.record_id`;

/**
 * Identities are stored keyed (see `IdentityKeys`): the table never holds a phone number or user
 * id in clear, yet the same identity always finds the same record.
 */
export class SqliteIdentityStore implements IdentityStore {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
    private readonly keys: IdentityKeys = unkeyedIdentityKeys,
  ) {}

  keyOf(channelId: string, userId: string): string {
    return this.keys.of(channelId, userId);
  }

  async recordFor(channelId: string, userId: string): Promise<string | null> {
    const row = await this.db.get('SELECT record_id FROM identities WHERE identity = ?', [
      this.keyOf(channelId, userId),
    ]);
    return row ? String(row.record_id) : null;
  }

  async link(channelId: string, userId: string, recordId: string): Promise<void> {
    await this.db.write(linkSql, this.linkParams(channelId, userId, recordId));
  }

  /** Links inside a transaction (a turn's unit of work, with the record it leads to). */
  async linkIn(tx: Tx, channelId: string, userId: string, recordId: string): Promise<void> {
    await tx.run(linkSql, this.linkParams(channelId, userId, recordId));
  }

  private linkParams(channelId: string, userId: string, recordId: string): SqlValue[] {
    return [this.keyOf(channelId, userId), recordId, this.clock().toISOString()];
  }

  async unlink(channelId: string, userId: string, recordId: string): Promise<boolean> {
    const result = await this.db.write('DELETE FROM identities WHERE identity = ? AND record_id = ?', [
      this.keyOf(channelId, userId),
      recordId,
    ]);
    return result.changes > 0;
  }

  async unlinkRecord(recordId: string): Promise<number> {
    const result = await this.db.write('DELETE FROM identities WHERE record_id = ?', [recordId]);
    return result.changes;
  }
}

/** The unkeyed stored key of a channel identity (a database whose identities were never keyed). */
export function identityKey(channelId: string, userId: string): string {
  return unkeyedIdentityKeys.of(channelId, userId);
}
