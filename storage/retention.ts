import type { AuditEntry, AuditTrail } from '../plan/audit';
import type { PreparationRecord } from '../plan/record';
import type { Database } from './database';
import type { RecordStore } from './recordStore';

/** How many rows an erasure removed, by kind. */
export interface Erased {
  records: number;
  identities: number;
  links: number;
  states: number;
}

/**
 * Removes everything held for one record in one transaction: the record, the channel identities
 * that lead to it, its own-copy links, and the named conversation-state documents. The audit log
 * keeps its entries (they hold no answers) so that an erasure can itself be shown to have happened.
 */
export function eraseRecord(db: Database, recordId: string, stateKeys: readonly string[] = []): Promise<Erased> {
  return db.transaction(async (tx) => {
    const records = await tx.run('DELETE FROM records WHERE id = ?', [recordId]);
    const identities = await tx.run('DELETE FROM identities WHERE record_id = ?', [recordId]);
    const links = await tx.run('DELETE FROM own_copy_links WHERE record_id = ?', [recordId]);
    let states = 0;
    for (const key of stateKeys) states += (await tx.run('DELETE FROM documents WHERE key = ?', [key])).changes;
    return { records: records.changes, identities: identities.changes, links: links.changes, states };
  });
}

/** What the sweeper needs. */
export interface RetentionDeps {
  db: Database;
  records: RecordStore;
  audit: AuditTrail;
  clock: () => Date;
  retentionDays: number;
  /** Records with nothing in them (see `isEmptyRecord`) untouched this long are purged; none if unset. */
  emptyRecordHours?: number;
  /** Told of each purged record that had been shared, before it goes, so recipients hear it was withdrawn. */
  withdrawn?: (record: PreparationRecord) => Promise<void>;
  /** Told when a scheduled sweep fails; the next one still runs. */
  onError?: (error: unknown) => void;
  /** Told after each sweep, with what it purged. */
  onSwept?: (result: SweepResult) => void;
}

/** What one sweep removed. */
export interface SweepResult {
  records: number;
  /** Conversation-state documents untouched for as long. */
  states: number;
  /** Empty records left behind by a page opened and closed. */
  emptyRecords: number;
  /** Remembered deliveries old enough that no redelivery will come. */
  deliveries: number;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/**
 * How long a processed delivery is remembered: Bot Framework and Twilio redeliver within
 * minutes to hours, and a page resends within its life; a week is far beyond all of them.
 */
export const deliveryKeepDays = 7;

/**
 * Purges records untouched for `retentionDays`, with their identities, links and state; empty
 * records after `emptyRecordHours`; and the ledger of processed deliveries after a week. Runs at
 * start-up and then hourly, so an empty record goes soon after its time; its timer never keeps
 * the process alive.
 */
export class RetentionSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: RetentionDeps) {}

  /** Purges once, now. */
  async sweep(): Promise<SweepResult> {
    const { db, records, audit, clock } = this.deps;
    const cutoff = new Date(clock().getTime() - this.deps.retentionDays * dayMs).toISOString();
    const stale = await db.all('SELECT id FROM records WHERE updated_at < ?', [cutoff]);
    let purged = 0;
    for (const row of stale) {
      const id = String(row.id);
      const found = await records.get(id).catch(() => null);
      if (found?.value.shared && found.value.status !== 'withdrawn') await this.deps.withdrawn?.(found.value);
      const erased = await eraseRecord(db, id);
      if (erased.records > 0) {
        purged += 1;
        await audit.append({ actor: 'system:retention', action: 'purge', subject: id });
      }
    }
    const states = await db.write('DELETE FROM documents WHERE updated_at < ?', [cutoff]);
    const emptyRecords = await this.purgeEmpty();
    const deliveryCutoff = new Date(clock().getTime() - deliveryKeepDays * dayMs).toISOString();
    const deliveries = await db.write('DELETE FROM processed_activities WHERE at < ?', [deliveryCutoff]);
    const result = { records: purged, states: states.changes, emptyRecords, deliveries: deliveries.changes };
    this.deps.onSwept?.(result);
    return result;
  }

  /**
   * Empty records untouched for `emptyRecordHours`, with their identities and links. They hold
   * nothing a person said, so one audit entry counts them rather than one each: otherwise a flood
   * of opened-and-closed pages would grow the append-only audit log without end instead.
   */
  private async purgeEmpty(): Promise<number> {
    const { db, audit, clock, emptyRecordHours } = this.deps;
    if (emptyRecordHours === undefined) return 0;
    const cutoff = new Date(clock().getTime() - emptyRecordHours * hourMs).toISOString();
    const rows = await db.all('SELECT id FROM records WHERE empty = 1 AND updated_at < ?', [cutoff]);
    let purged = 0;
    for (const row of rows) purged += (await eraseRecord(db, String(row.id))).records;
    if (purged > 0)
      await audit.append({ actor: 'system:retention', action: 'purge', subject: 'records', detail: { count: purged } });
    return purged;
  }

  /** Sweeps now and then every `intervalMs` (an hour by default). */
  start(intervalMs: number = hourMs): void {
    const run = (): void => {
      this.running = this.sweep().catch((error: unknown) => this.deps.onError?.(error));
    };
    run();
    this.timer = setInterval(run, intervalMs);
    this.timer.unref();
  }

  /** Stops the schedule and waits for a sweep under way. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}

/**
 * What is held about a person besides their record, and erasing it: used for "show my data" and
 * "delete my data".
 */
export class SqlitePersonalData {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditTrail,
    private readonly clock: () => Date,
  ) {}

  async held(recordId: string): Promise<{ identities: number; links: number; history: AuditEntry[] }> {
    const identities = await this.db.get('SELECT COUNT(*) AS n FROM identities WHERE record_id = ?', [recordId]);
    const links = await this.db.get(
      'SELECT COUNT(*) AS n FROM own_copy_links WHERE record_id = ? AND revoked_at IS NULL AND expires_at > ?',
      [recordId, this.clock().toISOString()],
    );
    return {
      identities: Number(identities?.n ?? 0),
      links: Number(links?.n ?? 0),
      history: await this.audit.forSubject(recordId),
    };
  }

  async erase(recordId: string): Promise<void> {
    await eraseRecord(this.db, recordId);
  }
}
