import type { PreparationRecord } from '../plan/record';
import type { SqlAuditLog } from './auditLog';
import type { Database, Tx } from './database';
import { emptyTraceQueries } from './emptyTraces';
import { holdsSharedPlan } from './recordBodies';
import { dayOf } from './smsSidDigests';
import { uncheckedRecordsQuery, type RecordStore } from './recordStore';
import type { Answer } from './answer';

/** How many rows an erasure removed, by kind. */
export interface Erased {
  records: number;
  identities: number;
  links: number;
  states: number;
}

/**
 * Removes everything held for one record inside a transaction: the record, what hangs off it, and
 * the named conversation-state documents, erased only with whatever else that transaction stores
 * (its audit entry, `SqlPersonalData.erase`). The audit log keeps its entries (they hold no
 * answers) so that an erasure can itself be shown to have happened.
 */
export async function eraseRecordIn(tx: Tx, recordId: string, stateKeys: readonly string[] = []): Promise<Erased> {
  const records = await tx.run('DELETE FROM records WHERE id = ?', [recordId]);
  const { identities, links } = await eraseHeldFor(tx, [recordId]);
  let states = 0;
  for (const key of stateKeys) states += (await tx.run('DELETE FROM documents WHERE key = ?', [key])).changes;
  return { records: records.changes, identities, links, states };
}

/**
 * Every query the sweeper runs, each answered from an index (a test checks their plans): a sweep
 * costs what it removes, not what the database holds. A batch of ids goes in as one JSON array,
 * so each statement has one text (and one prepared statement) whatever the batch's size.
 */
export const sweepQueries = {
  staleRecords: 'SELECT id, shared FROM records WHERE updated_at < ? ORDER BY updated_at LIMIT ?',
  emptyRecords: 'SELECT id FROM records WHERE empty = 1 AND updated_at < ? ORDER BY updated_at LIMIT ?',
  uncheckedRecords: uncheckedRecordsQuery,
  // Each by the primary key: the unary + keeps sqlite from ranging over every stale record instead.
  eraseStale: 'DELETE FROM records WHERE id IN (SELECT value FROM json_each(?)) AND +updated_at < ? RETURNING id',
  eraseEmpty:
    'DELETE FROM records WHERE id IN (SELECT value FROM json_each(?)) AND +empty = 1 AND +updated_at < ? RETURNING id',
  eraseIdentities: 'DELETE FROM identities WHERE record_id IN (SELECT value FROM json_each(?))',
  eraseLinks: 'DELETE FROM own_copy_links WHERE record_id IN (SELECT value FROM json_each(?))',
  eraseContinueCodes: 'DELETE FROM continue_codes WHERE record_id IN (SELECT value FROM json_each(?))',
  eraseNotices: "DELETE FROM outbox WHERE record_id IN (SELECT value FROM json_each(?)) AND +topic = 'notice'",
  // The conversation state and delivery keys written while the record was empty (H224).
  eraseEmptyStates: emptyTraceQueries.eraseStates,
  eraseEmptyDeliveries: emptyTraceQueries.eraseDeliveries,
  states: 'DELETE FROM documents WHERE key IN (SELECT key FROM documents WHERE updated_at < ? LIMIT ?)',
  deliveries:
    'DELETE FROM processed_activities WHERE key IN (SELECT key FROM processed_activities WHERE at < ? LIMIT ?)',
  smsSidDigests:
    'DELETE FROM sms_sid_digests WHERE digest IN (SELECT digest FROM sms_sid_digests WHERE day < ? LIMIT ?)',
  continueCodes:
    'DELETE FROM continue_codes WHERE code_key IN (SELECT code_key FROM continue_codes WHERE expires_at < ? LIMIT ?)',
  // Results nobody can now receive: their invitation's code has stopped working (a week after the
  // appointment, or 30 days after it was made without one; a day more here, for date-only
  // appointments), or the invitation is gone. Only rows a week old are looked at.
  inbox: `DELETE FROM result_inbox WHERE rowid IN (
    SELECT i.rowid FROM result_inbox i LEFT JOIN invitations v ON v.id = i.invitation_id
    WHERE i.created_at < ? AND (v.id IS NULL OR v.appointment_at < ? OR (v.appointment_at IS NULL AND v.created_at < ?))
    LIMIT ?)`,
  // Finished jobs, once no reminder can follow them (the appointment is past) or after the
  // retention period: purged earlier, "at most three" and "once" could not be counted.
  jobs: `DELETE FROM jobs WHERE id IN (
    SELECT j.id FROM jobs j LEFT JOIN invitations v ON v.id = j.invitation_id
    WHERE j.state = 'done' AND j.done_at < ? AND (v.id IS NULL OR v.appointment_at < ? OR j.done_at < ?)
    LIMIT ?)`,
} as const;

const emptyTraceErasures = [sweepQueries.eraseEmptyStates, sweepQueries.eraseEmptyDeliveries];

/** What the sweeper needs. */
export interface RetentionDeps {
  db: Database;
  /** Read for the few records that may hold a shared plan (best a store of its own, so its cache is not churned). */
  records: RecordStore & { markFlags(before: string, limit: number): Promise<number> };
  audit: Pick<SqlAuditLog, 'append' | 'appendEachIn'>;
  clock: () => Date;
  retentionDays: number;
  /** Records with nothing in them (see `isEmptyRecord`) untouched this long are purged; none if unset. */
  emptyRecordHours?: number;
  /** Conversation state (the dialog stack) untouched this long is cleared; `retentionDays` if unset. */
  stateDays?: number;
  /** Rows one transaction removes (records: a fifth of it, as each takes its identities and links). */
  batchSize?: number;
  /** Told of each purged record that had been shared, before it goes, so recipients hear it was withdrawn. */
  withdrawn?: (record: PreparationRecord) => Promise<void>;
  /** Forgets the Direct Line streams nobody has used for their idle time, wherever they are kept; returns how many. */
  sweepStreams?: () => Answer<number>;
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
  /** Digests of texts' MessageSids older than the retention period (`smsSidDigests.ts`). */
  smsSidDigests: number;
  /** Direct Line streams forgotten (`sweepStreams`). */
  streams: number;
  /** Continue codes past their few minutes, used or not. */
  continueCodes: number;
  /** Results waiting for an invitation whose code no longer works. */
  inbox: number;
  /** Finished jobs no reminder still depends on. */
  jobs: number;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const defaultBatch = 500;
/** After each batch the sweeper waits this many times as long as the batch took. */
const pauseFactor = 3;

/**
 * How long a processed delivery is remembered: Bot Framework and Twilio redeliver within
 * minutes to hours, and a page resends within its life; a week is far beyond all of them.
 */
export const deliveryKeepDays = 7;

/**
 * Purges records untouched for `retentionDays`, with their identities, links and state; empty
 * records after `emptyRecordHours`; conversation state after `stateDays`; and the ledger of
 * processed deliveries after a week. Runs at start-up and then hourly; its timer never keeps the
 * process alive.
 *
 * Each kind goes in batches, many rows to one transaction, and after each batch the sweeper waits
 * three times as long as the batch took, so a person's turn waiting for the only writer waits for
 * one batch at most and a sweep takes at most about a quarter of the writer's time (and of the
 * database's threads), however much there is to purge.
 */
export class RetentionSweeper {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopping = false;

  constructor(private readonly deps: RetentionDeps) {}

  /** Purges once, now. */
  async sweep(): Promise<SweepResult> {
    const { clock, retentionDays, emptyRecordHours, stateDays } = this.deps;
    const ago = (ms: number): string => new Date(clock().getTime() - ms).toISOString();
    // The bulk first: delivery keys are most of what a busy database holds.
    const deliveries = await this.purgeRows(sweepQueries.deliveries, [ago(deliveryKeepDays * dayMs)]);
    const smsSidDigests = await this.purgeRows(sweepQueries.smsSidDigests, [String(dayOf(clock()) - retentionDays)]);
    const states = await this.purgeRows(sweepQueries.states, [ago((stateDays ?? retentionDays) * dayMs)]);
    const emptyRecords = emptyRecordHours === undefined ? 0 : await this.purgeEmpty(ago(emptyRecordHours * hourMs));
    const records = await this.purgeStale(ago(retentionDays * dayMs));
    const continueCodes = await this.purgeRows(sweepQueries.continueCodes, [ago(0)]);
    const week = ago(7 * dayMs);
    // Appointments are stored as local wall-clock minutes, `YYYY-MM-DDTHH:mm`, and compared as such.
    const appointmentsBefore = ago(8 * dayMs).slice(0, 16);
    const inbox = await this.purgeRows(sweepQueries.inbox, [week, appointmentsBefore, ago(31 * dayMs)]);
    const jobs = await this.purgeRows(sweepQueries.jobs, [week, appointmentsBefore, ago(retentionDays * dayMs)]);
    const streams = (await this.deps.sweepStreams?.()) ?? 0;
    const result = { records, states, emptyRecords, deliveries, smsSidDigests, streams, continueCodes, inbox, jobs };
    this.deps.onSwept?.(result);
    return result;
  }

  private get batchSize(): number {
    return this.deps.batchSize ?? defaultBatch;
  }

  /**
   * Runs `batch` until it removes fewer rows than `size` (or the sweeper stops), waiting after
   * each for `pauseFactor` times as long as it took. Returns how many rows went in all.
   */
  private async inBatches(size: number, batch: () => Promise<number>): Promise<number> {
    let total = 0;
    while (!this.stopping) {
      const started = performance.now();
      const done = await batch();
      total += done;
      if (done < size) break;
      await new Promise((resolve) => setTimeout(resolve, Math.max(1, pauseFactor * (performance.now() - started))));
    }
    return total;
  }

  /** Deletes with a `(...cutoffs, limit)` statement in batches; returns how many rows went. */
  private purgeRows(sql: string, cutoffs: readonly string[]): Promise<number> {
    return this.inBatches(
      this.batchSize,
      async () => (await this.deps.db.write(sql, [...cutoffs, this.batchSize])).changes,
    );
  }

  /**
   * Records untouched since `cutoff`, a batch to a transaction, each audited in it. Only a record
   * that may hold a shared plan (or was written before that was kept) is read, so its recipients
   * can be told first.
   */
  private purgeStale(cutoff: string): Promise<number> {
    const { db, records, audit, withdrawn } = this.deps;
    const size = Math.max(1, Math.floor(this.batchSize / 5));
    return this.inBatches(size, async () => {
      const rows = await db.all(sweepQueries.staleRecords, [cutoff, size]);
      for (const row of rows.filter((candidate) => candidate.shared !== 0)) {
        const found = await records.get(String(row.id)).catch(() => null);
        if (found && holdsSharedPlan(found.value)) await withdrawn?.(found.value);
      }
      const ids = rows.map((row) => String(row.id));
      await db.transaction(async (tx) => {
        const erased = await eraseRecordsIn(tx, sweepQueries.eraseStale, ids, cutoff);
        await audit.appendEachIn(tx, { actor: 'system:retention', action: 'purge' }, erased);
      });
      return rows.length;
    });
  }

  /**
   * Empty records untouched since `cutoff`, with their identities and links, after working out
   * which older records are empty too. They hold nothing a person said, so one audit entry counts
   * them rather than one each: otherwise a flood of opened-and-closed pages would grow the
   * append-only audit log without end instead.
   */
  private async purgeEmpty(cutoff: string): Promise<number> {
    const { db, records, audit } = this.deps;
    const size = Math.max(1, Math.floor(this.batchSize / 5));
    await this.inBatches(size, () => records.markFlags(cutoff, size));
    let purged = 0;
    await this.inBatches(size, async () => {
      const rows = await db.all(sweepQueries.emptyRecords, [cutoff, size]);
      const ids = rows.map((row) => String(row.id));
      purged += (await db.transaction((tx) => eraseRecordsIn(tx, sweepQueries.eraseEmpty, ids, cutoff))).length;
      return rows.length;
    });
    if (purged > 0)
      await audit.append({ actor: 'system:retention', action: 'purge', subject: 'records', detail: { count: purged } });
    return purged;
  }

  /** Sweeps now and then every `intervalMs` (an hour by default). */
  start(intervalMs: number = hourMs): void {
    this.stopping = false;
    const run = (): void => {
      this.running = this.sweep().catch((error: unknown) => this.deps.onError?.(error));
    };
    run();
    this.timer = setInterval(run, intervalMs);
    this.timer.unref();
  }

  /** Stops the schedule, and a sweep under way after its current batch. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.stopping = true;
    await this.running;
  }
}

/** Deletes the records among `ids` that `sql` still matches (a person back meanwhile keeps theirs). */
async function eraseRecordsIn(tx: Tx, sql: string, ids: readonly string[], cutoff: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const erased = (await tx.all(sql, [JSON.stringify(ids), cutoff])).map((row) => String(row.id));
  if (erased.length === 0) return [];
  await eraseHeldFor(tx, erased);
  return erased;
}

/** Deletes what hangs off the records `ids` (unsent notices, not plan deliveries): one list for erasure and sweep. */
async function eraseHeldFor(tx: Tx, ids: readonly string[]): Promise<{ identities: number; links: number }> {
  const list = [JSON.stringify(ids)];
  const identities = await tx.run(sweepQueries.eraseIdentities, list);
  const links = await tx.run(sweepQueries.eraseLinks, list);
  for (const sql of [sweepQueries.eraseContinueCodes, sweepQueries.eraseNotices, ...emptyTraceErasures])
    await tx.run(sql, list);
  return { identities: identities.changes, links: links.changes };
}
