import type { Database, SqlValue, Tx } from './database';
import { unkeyedIdentityKeys, type IdentityKeys } from './identityKeys';

/**
 * How an identity came to a record after it began: by a continue code, or as the invitation's
 * mobile tied to it. The channel that began a record (and any linked before this was kept) has none.
 */
export type JoinedBy = 'code' | 'mobile';

/** A channel identity: the channel and the sender's id on it. */
export interface ChannelUser {
  channelId: string;
  userId: string;
}

/** Maps channel identities (an SMS number, a Web Chat user id, a Teams AAD id) to a record. */
export interface IdentityStore {
  /** The stored key of a channel identity, as `RecordStore.getByIdentity` takes it. */
  keyOf(channelId: string, userId: string): string;
  recordFor(channelId: string, userId: string): Promise<string | null>;
  /** `recordFor` inside a transaction. */
  recordForIn(tx: Tx, channelId: string, userId: string): Promise<string | null>;
  link(channelId: string, userId: string, recordId: string): Promise<void>;
  /** `link` inside a transaction; `joined` when the identity joins a record begun elsewhere. */
  linkIn(tx: Tx, channelId: string, userId: string, recordId: string, joined?: JoinedBy): Promise<void>;
  unlinkRecord(recordId: string): Promise<number>;
}

// A link made again (to another record) starts afresh: when it was made, how it joined and where
// the channel was reached belonged to the record it left. `created_at` is when the link was made.
const linkSql = `INSERT INTO identities (identity, record_id, created_at, joined) VALUES (?, ?, ?, ?)
  ON CONFLICT (identity) DO UPDATE SET record_id = excluded.record_id, created_at = excluded.created_at,
    joined = excluded.joined, reach = NULL`;

/**
 * Identities are stored keyed (see `IdentityKeys`): the table never holds a phone number or user
 * id in clear, yet the same identity always finds the same record.
 */
export class SqlIdentityStore implements IdentityStore {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
    private readonly keys: IdentityKeys = unkeyedIdentityKeys,
  ) {}

  keyOf(channelId: string, userId: string): string {
    return this.keys.of(channelId, userId);
  }

  recordFor(channelId: string, userId: string): Promise<string | null> {
    return this.recordForIn(this.db, channelId, userId);
  }

  async recordForIn(tx: Pick<Tx, 'get'>, channelId: string, userId: string): Promise<string | null> {
    const row = await tx.get('SELECT record_id FROM identities WHERE identity = ?', [this.keyOf(channelId, userId)]);
    return row ? String(row.record_id) : null;
  }

  async link(channelId: string, userId: string, recordId: string): Promise<void> {
    await this.db.write(linkSql, this.linkParams(channelId, userId, recordId));
  }

  /** Links inside a transaction (a turn's unit of work, with the record it leads to). */
  async linkIn(tx: Tx, channelId: string, userId: string, recordId: string, joined?: JoinedBy): Promise<void> {
    await tx.run(linkSql, this.linkParams(channelId, userId, recordId, joined));
  }

  private linkParams(channelId: string, userId: string, recordId: string, joined?: JoinedBy): SqlValue[] {
    return [this.keyOf(channelId, userId), recordId, this.clock().toISOString(), joined ?? null];
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
