import { auditDetailSchema, auditEntrySchema, type AuditEntry, type AuditTrail } from '../plan/audit';
import type { Database, Row, SqlValue, Tx } from './database';

type Entry = Parameters<AuditTrail['append']>[0];

/**
 * The audit log in sqlite. Only INSERT and SELECT appear here; the table's triggers (migration 1)
 * refuse UPDATE and DELETE, so even code that tried could not rewrite history.
 */
export class SqlAuditLog implements AuditTrail {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async append(entry: Entry): Promise<void> {
    await this.db.write('INSERT INTO audit_log (at, actor, action, detail, subject) VALUES (?, ?, ?, ?, ?)', [
      ...this.values(entry),
      entry.subject,
    ]);
  }

  /**
   * Appends the same entry about each of `subjects` inside a transaction, in one statement whatever
   * their number (a purge's batch is audited in the transaction that purges it).
   */
  async appendEachIn(tx: Tx, entry: Omit<Entry, 'subject'>, subjects: readonly string[]): Promise<void> {
    if (subjects.length === 0) return;
    await tx.run(
      'INSERT INTO audit_log (at, actor, action, detail, subject) SELECT ?, ?, ?, ?, value FROM json_each(?)',
      [...this.values(entry), JSON.stringify(subjects)],
    );
  }

  /** `at`, `actor`, `action` and `detail` of an entry, in that order. */
  private values(entry: Omit<Entry, 'subject'>): SqlValue[] {
    return [
      this.clock().toISOString(),
      entry.actor,
      entry.action,
      JSON.stringify(auditDetailSchema.parse(entry.detail ?? {})),
    ];
  }

  async forSubject(subject: string): Promise<AuditEntry[]> {
    const rows = await this.db.all('SELECT * FROM audit_log WHERE subject = ? ORDER BY seq', [subject]);
    return rows.map(toEntry);
  }

  /** Every entry, oldest first (for operators and tests). */
  async all(): Promise<AuditEntry[]> {
    return (await this.db.all('SELECT * FROM audit_log ORDER BY seq')).map(toEntry);
  }

  /** True when the log says this record was erased (deleted by the person, or purged). */
  async wasErased(subject: string): Promise<boolean> {
    const row = await this.db.get(
      "SELECT 1 AS erased FROM audit_log WHERE subject = ? AND action IN ('delete', 'purge') LIMIT 1",
      [subject],
    );
    return row !== undefined;
  }
}

function toEntry(row: Row): AuditEntry {
  const detail: unknown = JSON.parse(String(row.detail || '{}'));
  return auditEntrySchema.parse({
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    detail,
  });
}
