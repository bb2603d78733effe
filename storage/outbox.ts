import type { Outbox, OutboxItem } from '../coordination/outbox';
import type { Database, Row, Tx } from './database';
import type { Sealer } from './encryption';
import { skipLocked } from './postgresDialect';

/** What the outbox carries, each taken only by its own worker: plan deliveries, notices to people. */
export type OutboxTopic = 'plan' | 'notice';

const insertSql = 'INSERT INTO outbox (record_id, payload, due_at, created_at, topic, kind) VALUES (?, ?, ?, ?, ?, ?)';

/**
 * One topic of the outbox in sqlite; payloads are sealed, as they carry a copy of the plan or a way
 * to reach someone. An item dropped while it was being sent stays, its payload gone, under its
 * topic's `dropped` name (no worker takes it) until its send ends, so `sendingFor` still sees it.
 */
export class SqlOutbox implements Outbox {
  private readonly dropped: string;

  constructor(
    private readonly db: Database,
    private readonly sealer: Sealer,
    private readonly clock: () => Date = () => new Date(),
    private readonly topic: OutboxTopic = 'plan',
  ) {
    this.dropped = `${topic}:dropped`;
  }

  async enqueue(recordId: string, payload: string, dueAt: Date, kind?: string): Promise<void> {
    await this.db.write(insertSql, this.insertParams(recordId, payload, dueAt, kind));
  }

  /** `enqueue` inside a transaction: queued only if what it tells of is stored with it. */
  async enqueueIn(tx: Tx, recordId: string, payload: string, dueAt: Date, kind?: string): Promise<void> {
    await tx.run(insertSql, this.insertParams(recordId, payload, dueAt, kind));
  }

  private insertParams(recordId: string, payload: string, dueAt: Date, kind: string | undefined): Array<string | null> {
    return [
      recordId,
      this.sealer.seal(payload, `outbox:${recordId}`),
      dueAt.toISOString(),
      this.clock().toISOString(),
      this.topic,
      kind ?? null,
    ];
  }

  async due(now: Date, limit: number): Promise<OutboxItem[]> {
    const rows = await this.db.all(
      'SELECT id, record_id, payload, attempts FROM outbox WHERE topic = ? AND due_at <= ? ORDER BY id LIMIT ?',
      [this.topic, now.toISOString(), limit],
    );
    return rows.map((row) => this.itemOf(row));
  }

  async claimDue(now: Date, limit: number, leaseUntil: Date): Promise<OutboxItem[]> {
    const rows = await this.db.transaction(async (tx) => {
      // A dropped item whose instance died while sending it is sent by nobody: forgotten at its
      // lease's end, in the claim's own commit rather than one more on every poll.
      await tx.run('DELETE FROM outbox WHERE topic = ? AND sending_until <= ?', [this.dropped, now.toISOString()]);
      return tx.all(
        `UPDATE outbox SET due_at = ? WHERE id IN
           (SELECT id FROM outbox WHERE topic = ? AND due_at <= ? ORDER BY id LIMIT ? ${skipLocked})
         RETURNING id, record_id, payload, attempts`,
        [leaseUntil.toISOString(), this.topic, now.toISOString(), limit],
      );
    });
    return rows.map((row) => this.itemOf(row)).sort((x, y) => x.id - y.id);
  }

  private itemOf(row: Row): OutboxItem {
    return {
      id: Number(row.id),
      recordId: String(row.record_id),
      payload: this.sealer.open(String(row.payload), `outbox:${String(row.record_id)}`),
      attempts: Number(row.attempts),
    };
  }

  async done(id: number): Promise<void> {
    await this.db.write('DELETE FROM outbox WHERE id = ?', [id]);
  }

  async stillQueued(id: number): Promise<boolean> {
    return Boolean(await this.db.get('SELECT 1 AS queued FROM outbox WHERE id = ? AND topic = ?', [id, this.topic]));
  }

  async startSending(id: number, until: Date): Promise<boolean> {
    const result = await this.db.write('UPDATE outbox SET sending_until = ? WHERE id = ? AND topic = ?', [
      until.toISOString(),
      id,
      this.topic,
    ]);
    return result.changes > 0;
  }

  async sendingFor(recordId: string, kind?: string): Promise<boolean> {
    const params = [recordId, this.topic, this.dropped, this.clock().toISOString()];
    // A row queued before kinds were kept may be the plan: counted, so it is never called unsent.
    const ofKind = kind === undefined ? '' : ' AND (kind IS NULL OR kind = ?)';
    const row = await this.db.get(
      `SELECT 1 AS sending FROM outbox WHERE record_id = ? AND topic IN (?, ?) AND sending_until > ?${ofKind}`,
      kind === undefined ? params : [...params, kind],
    );
    return Boolean(row);
  }

  async queuedFor(recordId: string, kind: string): Promise<boolean> {
    const row = await this.db.get('SELECT 1 AS queued FROM outbox WHERE record_id = ? AND topic = ? AND kind = ?', [
      recordId,
      this.topic,
      kind,
    ]);
    return Boolean(row);
  }

  async droppedSendingFor(recordId: string): Promise<boolean> {
    const row = await this.db.get(
      'SELECT 1 AS sending FROM outbox WHERE record_id = ? AND topic = ? AND sending_until > ?',
      [recordId, this.dropped, this.clock().toISOString()],
    );
    return Boolean(row);
  }

  async retryAt(id: number, dueAt: Date): Promise<void> {
    await this.db.write(
      'UPDATE outbox SET attempts = attempts + 1, due_at = ?, sending_until = NULL WHERE id = ? AND topic = ?',
      [dueAt.toISOString(), id, this.topic],
    );
    await this.forgetDropped(id);
  }

  async postpone(id: number, dueAt: Date): Promise<void> {
    await this.db.write('UPDATE outbox SET due_at = ?, sending_until = NULL WHERE id = ? AND topic = ?', [
      dueAt.toISOString(),
      id,
      this.topic,
    ]);
    await this.forgetDropped(id);
  }

  /** A dropped item whose send did not go through is never tried again. */
  private async forgetDropped(id: number): Promise<void> {
    await this.db.write('DELETE FROM outbox WHERE id = ? AND topic = ?', [id, this.dropped]);
  }

  async dropRecord(recordId: string, kind?: string): Promise<number> {
    return this.db.transaction((tx) => this.dropRecordIn(tx, recordId, kind));
  }

  /** `dropRecord` inside a transaction: dropped only if the change that drops it is stored with it. */
  async dropRecordIn(tx: Tx, recordId: string, kind?: string): Promise<number> {
    const now = this.clock().toISOString();
    const ofKind = kind === undefined ? '' : ' AND kind = ?';
    const also = kind === undefined ? [] : [kind];
    const sending = await tx.run(
      `UPDATE outbox SET topic = ?, payload = '' WHERE record_id = ? AND topic = ? AND sending_until > ?${ofKind}`,
      [this.dropped, recordId, this.topic, now, ...also],
    );
    const queued = await tx.run(`DELETE FROM outbox WHERE record_id = ? AND topic = ?${ofKind}`, [
      recordId,
      this.topic,
      ...also,
    ]);
    return sending.changes + queued.changes;
  }
}
