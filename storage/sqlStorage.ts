import type { Storage, StoreItems } from 'botbuilder';
import { AppError } from '../plan/appError';
import type { Database, Row, SqlValue, Tx } from './database';
import type { Sealer } from './encryption';
import { newETag } from './newETag';
import type { UnitOfWork } from './unitOfWork';

/**
 * Inserts a document or replaces it. With a `WHERE documents.etag = ?` appended, an existing
 * document is replaced only if its eTag still matches, and nothing changes otherwise. A write
 * unties it from an empty record (`emptyTraces.ts`): a turn whose record is still empty ties it again.
 */
const upsert = `INSERT INTO documents (key, etag, body, updated_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, body = excluded.body, updated_at = excluded.updated_at,
  empty_record = NULL`;

/** One document's write: its new eTag, the eTag it must still have (if checked), and the statement. */
interface DocumentWrite {
  key: string;
  next: string;
  expected: string | undefined;
  body: string;
  sql: string;
  params: SqlValue[];
}

/** A document whose writes go into a turn's unit of work, and the write pending there. */
interface Enlisted {
  unit: UnitOfWork;
  pending?: DocumentWrite;
  /**
   * The document as the turn read it when its lock was taken (null: there was none), until the
   * turn writes or deletes it; undefined when not read that way.
   */
  opened?: Row | null;
}

function refused(key: string): AppError {
  return new AppError('storage_conflict', `Storage: error writing "${key}" due to eTag conflict.`);
}

/**
 * Bot Framework `Storage` on sqlite with real optimistic concurrency: an item written with an
 * eTag that is no longer current is refused (`AppError` code `storage_conflict`), while `*` or
 * no eTag overwrites. Several items written together commit or fail together.
 *
 * A document can be enlisted in a turn's unit of work: its writes and deletes then become steps
 * of that unit, committed with the turn's other writes, and resolve at once with the eTag the
 * write will have. The eTag check still happens, in the unit's transaction.
 */
export class SqlStorage implements Storage {
  private readonly enlisted = new Map<string, Enlisted>();

  constructor(
    private readonly db: Database,
    private readonly sealer: Sealer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /**
   * Sends writes of `key` to `unit` until the returned function is called. Given the document as
   * read when the turn's lock was taken (`opened`; null when there was none), reads of it are
   * answered from that until the turn writes it, with no trip to the database: under the lock
   * nothing else writes a conversation's state.
   */
  enlist(key: string, unit: UnitOfWork, opened?: Row | null): () => void {
    const entry: Enlisted = { unit, opened };
    this.enlisted.set(key, entry);
    return () => {
      if (this.enlisted.get(key) === entry) this.enlisted.delete(key);
    };
  }

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    const unread: string[] = [];
    for (const key of keys) {
      const entry = this.enlisted.get(key);
      // A write still pending in a unit is what this turn last saved.
      if (entry?.pending) items[key] = this.item(key, entry.pending.body, entry.pending.next);
      else if (entry?.opened) items[key] = this.item(key, String(entry.opened.body), String(entry.opened.etag));
      else if (entry?.opened === undefined) unread.push(key);
    }
    if (unread.length === 0) return items;
    const rows = await this.db.all(
      `SELECT key, etag, body FROM documents WHERE key IN (${unread.map(() => '?').join(',')})`,
      unread,
    );
    for (const row of rows) items[String(row.key)] = this.item(String(row.key), String(row.body), String(row.etag));
    return items;
  }

  private item(key: string, body: string, eTag: string): object {
    const parsed: unknown = JSON.parse(this.sealer.open(body, key));
    if (typeof parsed !== 'object' || parsed === null) {
      throw new AppError('storage_corrupt', 'A stored document is not an object.');
    }
    return { ...parsed, eTag };
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeItems(changes);
  }

  /** Writes items and returns the new eTag of each, keyed as given. */
  async writeItems(changes: StoreItems): Promise<Record<string, string>> {
    if (!changes || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    const now = this.clock().toISOString();
    const writes = Object.entries(changes).map(([key, item]) => this.documentWrite(key, item, now));
    const direct = writes.filter((write) => !this.defer(write));
    // One item, the usual turn outside a unit: one statement, committed in a single trip.
    if (direct.length === 1) {
      const [only] = direct;
      if ((await this.db.write(only.sql, only.params)).changes === 0) throw refused(only.key);
    } else if (direct.length > 1) {
      await this.db.transaction(async (tx) => {
        for (const write of direct) await runWrite(tx, write);
      });
    }
    return Object.fromEntries(writes.map((write) => [write.key, write.next]));
  }

  private documentWrite(key: string, item: unknown, now: string): DocumentWrite {
    const { eTag, ...rest } = (item ?? {}) as Record<string, unknown>;
    const next = newETag();
    const body = this.sealer.seal(JSON.stringify(rest), key);
    const given = typeof eTag === 'string' && eTag !== '' && eTag !== '*' ? eTag : undefined;
    // Saving again what this turn saved already: the check is against what is stored, not yet
    // the pending write's eTag.
    const pending = this.enlisted.get(key)?.pending;
    const expected = pending && given === pending.next ? pending.expected : given;
    return expected === undefined
      ? { key, next, expected, body, sql: upsert, params: [key, next, body, now] }
      : {
          key,
          next,
          expected,
          body,
          sql: `${upsert} WHERE documents.etag = ?`,
          params: [key, next, body, now, expected],
        };
  }

  /** Puts an enlisted document's write into its unit; false when the document is not enlisted. */
  private defer(write: DocumentWrite): boolean {
    const entry = this.enlisted.get(write.key);
    if (!entry) return false;
    entry.pending = write;
    entry.opened = undefined;
    const settled = (): void => {
      if (entry.pending === write) entry.pending = undefined;
    };
    entry.unit.set(`document:${write.key}`, (tx) => runWrite(tx, write), { committed: settled, abandoned: settled });
    return true;
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    const direct: string[] = [];
    for (const key of keys) {
      const entry = this.enlisted.get(key);
      if (!entry) {
        direct.push(key);
        continue;
      }
      entry.pending = undefined;
      entry.opened = undefined;
      entry.unit.set(`document:${key}`, async (tx) => {
        await tx.run('DELETE FROM documents WHERE key = ?', [key]);
      });
    }
    if (direct.length === 0) return;
    await this.db.write(`DELETE FROM documents WHERE key IN (${direct.map(() => '?').join(',')})`, direct);
  }
}

async function runWrite(tx: Tx, write: DocumentWrite): Promise<void> {
  if ((await tx.run(write.sql, write.params)).changes === 0) throw refused(write.key);
}
