import { AppError } from '../plan/appError';
import { isEmptyRecord, preparationRecordSchema, type PreparationRecord, type RecordStatus } from '../plan/record';
import { storedRecordSchema } from '../plan/recordMigration';
import type { Database, Row } from './database';
import type { Sealer } from './encryption';
import { newETag } from './newETag';

/** A record with the eTag it was read at; writing it back checks nobody wrote in between. */
export interface Versioned<T> {
  value: T;
  eTag: string;
}

/** A row of the plan listing, with no answers in it. */
export interface RecordSummary {
  id: string;
  status: RecordStatus;
  updatedAt: string;
}

/** Where a page of the listing starts: just after this row, in newest-first order. */
export interface PagePosition {
  updatedAt: string;
  id: string;
}

/** One page of the listing, and where the next starts (undefined on the last page). */
export interface RecordPage {
  items: RecordSummary[];
  next?: PagePosition;
}

/**
 * The query for one page, newest first with the id breaking ties, so every row has one place in
 * the order and a page resumes exactly after the last row of the one before. Exported so a test
 * can show sqlite answers it from an index, without sorting every record.
 */
export function pageQuery(
  status: RecordStatus | undefined,
  after: PagePosition | undefined,
  limit: number,
): { sql: string; params: (string | number)[] } {
  const where: string[] = [];
  const params: (string | number)[] = [];
  if (status) {
    where.push('status = ?');
    params.push(status);
  }
  if (after) {
    where.push('(updated_at, id) < (?, ?)');
    params.push(after.updatedAt, after.id);
  }
  return {
    sql: `SELECT id, status, updated_at FROM records ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY updated_at DESC, id DESC LIMIT ?`,
    params: [...params, limit],
  };
}

/** Where preparation records live. Dialogs see this interface, never sqlite. */
export interface RecordStore {
  get(id: string): Promise<Versioned<PreparationRecord> | null>;
  /** The record a (hashed) channel identity is linked to, read with the link in one query. */
  getByIdentity(identity: string): Promise<Versioned<PreparationRecord> | null>;
  /** Creates or updates; `eTag` null means "must not exist yet". Returns the new eTag. */
  put(record: PreparationRecord, eTag: string | null): Promise<string>;
  list(status?: RecordStatus): Promise<RecordSummary[]>;
  /** At most `limit` rows of the listing after `after`, reading no more than one row beyond them. */
  page(options: { status?: RecordStatus; after?: PagePosition; limit: number }): Promise<RecordPage>;
  delete(id: string): Promise<void>;
}

/** Records in sqlite, encrypted at rest when a key is set, validated by zod on every read. */
export class SqliteRecordStore implements RecordStore {
  constructor(
    private readonly db: Database,
    private readonly sealer: Sealer,
  ) {}

  async get(id: string): Promise<Versioned<PreparationRecord> | null> {
    const row = await this.db.get('SELECT id, etag, body FROM records WHERE id = ?', [id]);
    return row ? this.fromRow(row) : null;
  }

  async getByIdentity(identity: string): Promise<Versioned<PreparationRecord> | null> {
    // One trip to the database on every turn instead of two (link, then record).
    const row = await this.db.get(
      'SELECT r.id, r.etag, r.body FROM identities i JOIN records r ON r.id = i.record_id WHERE i.identity = ?',
      [identity],
    );
    return row ? this.fromRow(row) : null;
  }

  private fromRow(row: Row): Versioned<PreparationRecord> {
    const id = String(row.id);
    const parsed = storedRecordSchema.safeParse(JSON.parse(this.sealer.open(String(row.body), `record:${id}`)));
    if (!parsed.success)
      throw new AppError('record_invalid', `Stored record failed validation: ${parsed.error.issues[0]?.message ?? ''}`);
    return { value: parsed.data, eTag: String(row.etag) };
  }

  async put(record: PreparationRecord, eTag: string | null): Promise<string> {
    const valid = preparationRecordSchema.parse(record);
    const body = this.sealer.seal(JSON.stringify(valid), `record:${valid.id}`);
    const next = newETag();
    const empty = isEmptyRecord(valid) ? 1 : 0;
    // One statement each way, eTag check included, so the write commits in a single trip.
    if (eTag === null) {
      const inserted = await this.db.write(
        'INSERT OR IGNORE INTO records (id, etag, status, body, empty, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
        [valid.id, next, valid.status, body, empty, valid.createdAt, valid.updatedAt],
      );
      if (inserted.changes === 0) throw new AppError('storage_conflict', 'The record already exists.');
    } else {
      const updated = await this.db.write(
        'UPDATE records SET etag = ?, status = ?, body = ?, empty = ?, updated_at = ? WHERE id = ? AND etag = ?',
        [next, valid.status, body, empty, valid.updatedAt, valid.id, eTag],
      );
      if (updated.changes === 0) throw new AppError('storage_conflict', 'The record changed since it was read.');
    }
    return next;
  }

  async list(status?: RecordStatus): Promise<RecordSummary[]> {
    const rows = status
      ? await this.db.all('SELECT id, status, updated_at FROM records WHERE status = ? ORDER BY updated_at DESC', [
          status,
        ])
      : await this.db.all('SELECT id, status, updated_at FROM records ORDER BY updated_at DESC');
    return rows.map(summaryOf);
  }

  async page(options: { status?: RecordStatus; after?: PagePosition; limit: number }): Promise<RecordPage> {
    // One row more than asked for tells whether there is a next page without counting the rest.
    const { sql, params } = pageQuery(options.status, options.after, options.limit + 1);
    const items = (await this.db.all(sql, params)).map(summaryOf);
    if (items.length <= options.limit) return { items };
    items.length = options.limit;
    const last = items[items.length - 1];
    return { items, next: { updatedAt: last.updatedAt, id: last.id } };
  }

  async delete(id: string): Promise<void> {
    await this.db.write('DELETE FROM records WHERE id = ?', [id]);
  }
}

function summaryOf(row: Row): RecordSummary {
  return {
    id: String(row.id),
    status: preparationRecordSchema.shape.status.parse(row.status),
    updatedAt: String(row.updated_at),
  };
}
