import { AppError } from '../plan/appError';
import { preparationRecordSchema, type PreparationRecord, type RecordStatus } from '../plan/record';
import type { Database, Row, Tx } from './database';
import type { Sealer } from './encryption';
import { RecordBodies, type Encoded } from './recordBodies';

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
  /** The record in a row read elsewhere (`id`, `etag`, `body`, as a turn's opening read gives it). */
  fromStored(row: Row): Versioned<PreparationRecord>;
  /** Creates or updates; `eTag` null means "must not exist yet". Returns the new eTag. */
  put(record: PreparationRecord, eTag: string | null): Promise<string>;
  /** `get` inside a transaction. */
  getIn(tx: Tx, id: string): Promise<Versioned<PreparationRecord> | null>;
  /**
   * `put` inside a transaction; null instead of a conflict when an update's eTag is stale. Given
   * `base`, a valid record `record` was made from, only what differs from it is validated.
   */
  putIn(tx: Tx, record: PreparationRecord, eTag: string | null, base?: PreparationRecord): Promise<string | null>;
  list(status?: RecordStatus): Promise<RecordSummary[]>;
  /** At most `limit` rows of the listing after `after`, reading no more than one row beyond them. */
  page(options: { status?: RecordStatus; after?: PagePosition; limit: number }): Promise<RecordPage>;
  delete(id: string): Promise<void>;
}

const insertSql = `INSERT OR IGNORE INTO records (id, etag, status, body, empty, shared, created_at, updated_at)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;
const updateSql =
  'UPDATE records SET etag = ?, status = ?, body = ?, empty = ?, shared = ?, updated_at = ? WHERE id = ? AND etag = ?';

/**
 * Records written before `shared` was kept (migration 9), untouched since a time, oldest first:
 * their `empty` and `shared` are worked out once (`markFlags`). Exported for the query-plan test.
 */
export const uncheckedRecordsQuery =
  'SELECT id, body FROM records WHERE shared IS NULL AND updated_at < ? ORDER BY updated_at LIMIT ?';
const byId = 'SELECT id, etag, body FROM records WHERE id = ?';

/** Records in sqlite or PostgreSQL, their bodies sealed and checked by `RecordBodies`. */
export class SqlRecordStore implements RecordStore {
  private readonly bodies: RecordBodies;

  constructor(
    private readonly db: Database,
    sealer: Sealer,
  ) {
    this.bodies = new RecordBodies(sealer);
  }

  async get(id: string): Promise<Versioned<PreparationRecord> | null> {
    const row = await this.db.get(byId, [id]);
    return row ? this.fromStored(row) : null;
  }

  /** Reads a record inside a transaction, so what is read is what the transaction may overwrite. */
  async getIn(tx: Tx, id: string): Promise<Versioned<PreparationRecord> | null> {
    const row = await tx.get(byId, [id]);
    return row ? this.fromStored(row) : null;
  }

  async getByIdentity(identity: string): Promise<Versioned<PreparationRecord> | null> {
    // One trip to the database on every turn instead of two (link, then record).
    const row = await this.db.get(
      'SELECT r.id, r.etag, r.body FROM identities i JOIN records r ON r.id = i.record_id WHERE i.identity = ?',
      [identity],
    );
    return row ? this.fromStored(row) : null;
  }

  fromStored(row: Row): Versioned<PreparationRecord> {
    return { value: this.bodies.read(String(row.id), String(row.body)), eTag: String(row.etag) };
  }

  async put(record: PreparationRecord, eTag: string | null): Promise<string> {
    const encoded = this.bodies.encode(record);
    // One statement each way, eTag check included, so the write commits in a single trip.
    const [sql, params] = statement(encoded, eTag);
    if ((await this.db.write(sql, params)).changes === 0) throw conflict(eTag);
    return encoded.next;
  }

  /**
   * Writes a record inside a transaction (a turn's unit of work) and returns its new eTag; null
   * when `eTag` is no longer the stored one (or the record is gone). Inserting over an existing
   * record (`eTag` null) is refused with `storage_conflict`.
   */
  async putIn(
    tx: Tx,
    record: PreparationRecord,
    eTag: string | null,
    base?: PreparationRecord,
  ): Promise<string | null> {
    const encoded = this.bodies.encode(record, base);
    const [sql, params] = statement(encoded, eTag);
    if ((await tx.run(sql, params)).changes > 0) return encoded.next;
    if (eTag === null) throw conflict(eTag);
    return null;
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

  /**
   * Works out `empty` and `shared` for up to `limit` records written before they were both kept,
   * untouched since `before`, and stores them (one statement per combination), so retention can
   * purge an old empty record as soon as a new one. A body that cannot be read counts as neither.
   * Yields to the event loop between bodies. Returns how many records were looked at.
   */
  async markFlags(before: string, limit: number): Promise<number> {
    const rows = await this.db.all(uncheckedRecordsQuery, [before, limit]);
    const groups = new Map<string, string[]>();
    for (const row of rows) {
      const { empty, shared } = this.bodies.flagsOf(String(row.id), String(row.body));
      const key = `${empty}${shared}`;
      groups.set(key, [...(groups.get(key) ?? []), String(row.id)]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    if (groups.size > 0)
      await this.db.transaction(async (tx) => {
        for (const [key, ids] of groups)
          // Only where still unknown: a record written meanwhile has both already.
          await tx.run(
            'UPDATE records SET empty = ?, shared = ? WHERE shared IS NULL AND id IN (SELECT value FROM json_each(?))',
            [Number(key[0]), Number(key[1]), JSON.stringify(ids)],
          );
      });
    return rows.length;
  }

  async delete(id: string): Promise<void> {
    await this.db.write('DELETE FROM records WHERE id = ?', [id]);
    this.bodies.forget(id);
  }
}

function statement(encoded: Encoded, eTag: string | null): [string, (string | number)[]] {
  const { record, body, next, empty, shared } = encoded;
  return eTag === null
    ? [insertSql, [record.id, next, record.status, body, empty, shared, record.createdAt, record.updatedAt]]
    : [updateSql, [next, record.status, body, empty, shared, record.updatedAt, record.id, eTag]];
}

function conflict(eTag: string | null): AppError {
  return new AppError(
    'storage_conflict',
    eTag === null ? 'The record already exists.' : 'The record changed since it was read.',
  );
}

function summaryOf(row: Row): RecordSummary {
  return {
    id: String(row.id),
    status: preparationRecordSchema.shape.status.parse(row.status),
    updatedAt: String(row.updated_at),
  };
}
