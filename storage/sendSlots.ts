import type { Database } from './database';

/** The database server's clock in milliseconds: one clock for every instance, read when the slot is taken. */
const serverNow = '(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint';

/**
 * Leases a conversation's send slot in one statement, only if it is free at this moment: the row
 * is locked and its latest `next_at` compared with the server's clock read after the lock, so of
 * instances claiming at once one gets the lease and the rest are told when to ask again. The
 * lease is its `next_at`, which no later claim can share. The wait is read from the statement's
 * snapshot, which may predate a claim made while this one waited for the lock: it is a hint to
 * ask again, capped so a lease given back early is not waited out.
 */
const claimSql = `WITH taken AS (
    INSERT INTO send_slots AS s (conversation_id, next_at) VALUES (?, ${serverNow} + ?)
    ON CONFLICT (conversation_id) DO UPDATE SET next_at = ${serverNow} + ?
      WHERE s.next_at <= ${serverNow}
    RETURNING next_at AS lease
  )
  SELECT lease, NULL::bigint AS wait_ms FROM taken
  UNION ALL
  SELECT NULL::bigint, LEAST(?, GREATEST(1, next_at - ${serverNow})) FROM send_slots
    WHERE conversation_id = ? AND NOT EXISTS (SELECT 1 FROM taken)`;

/** Gives a lease back, if no other claim has taken its place: the next send may go `gap` from now. */
const releaseSql = `UPDATE send_slots SET next_at = ${serverNow} + ? WHERE conversation_id = ? AND next_at = ?`;

/**
 * Send slots shared by every instance on the database. PostgreSQL only (its migration 2): one
 * sqlite instance keeps its slots in memory.
 */
export class SharedSendSlots {
  constructor(private readonly db: Database) {}

  /** Leases the slot for `leaseMs` if no send holds it now; otherwise says to ask again within `askAgainMs`. */
  async claim(
    conversationId: string,
    leaseMs: number,
    askAgainMs: number,
  ): Promise<{ lease: number } | { waitMs: number }> {
    // One statement on its own, not a transaction that may run again: the row lock orders claims.
    const rows = await this.db.all(claimSql, [conversationId, leaseMs, leaseMs, askAgainMs, conversationId]);
    const row = rows[0];
    if (row?.lease !== null && row?.lease !== undefined) return { lease: Number(row.lease) };
    // No row: another instance made the first claim after this statement's snapshot was taken.
    return { waitMs: Number(row?.wait_ms ?? 1) };
  }

  /** Ends a lease: the next send, from any instance, may go `gapMs` after now. */
  async release(conversationId: string, lease: number, gapMs: number): Promise<void> {
    await this.db.write(releaseSql, [gapMs, conversationId, lease]);
  }
}
