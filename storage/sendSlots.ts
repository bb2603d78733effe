import type { Database } from './database';

/** The database server's clock in milliseconds: one clock for every instance, read when the slot is taken. */
const serverNow = '(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::bigint';

/**
 * Reserves the next send slot of a conversation in one statement: the later of now and the slot
 * after the last one reserved, by any instance, both on the server's clock at that moment, so a
 * reservation that waited for a connection gets a later slot rather than one already past.
 */
const reserveSql = `INSERT INTO send_slots AS s (conversation_id, next_at) VALUES (?, ${serverNow} + ?)
  ON CONFLICT (conversation_id) DO UPDATE SET next_at = GREATEST(s.next_at, ${serverNow}) + ?
  RETURNING next_at - ? - ${serverNow} AS wait_ms`;

/**
 * Send slots shared by every instance on the database. PostgreSQL only (its migration 2): one
 * sqlite instance keeps its slots in memory.
 */
export class SharedSendSlots {
  constructor(private readonly db: Database) {}

  /** How long to wait before this send may go: it is at least `gapMs` after every earlier one. */
  async reserve(conversationId: string, gapMs: number): Promise<number> {
    // One statement on its own, never run again after a lost race (as a transaction would be):
    // PostgreSQL locks the row and reads its latest slot.
    const rows = await this.db.all(reserveSql, [conversationId, gapMs, gapMs, gapMs]);
    return Number(rows[0]?.wait_ms ?? 0);
  }
}
