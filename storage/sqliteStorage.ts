import type { Storage, StoreItems } from 'botbuilder';
import { AppError } from '../plan/appError';
import type { Database } from './database';
import type { Sealer } from './encryption';
import { newETag } from './newETag';

/**
 * Inserts a document or replaces it. With a `WHERE documents.etag = ?` appended, an existing
 * document is replaced only if its eTag still matches, and nothing changes otherwise.
 */
const upsert = `INSERT INTO documents (key, etag, body, updated_at) VALUES (?, ?, ?, ?)
  ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, body = excluded.body, updated_at = excluded.updated_at`;

/**
 * Bot Framework `Storage` on sqlite with real optimistic concurrency: an item written with an
 * eTag that is no longer current is refused (`AppError` code `storage_conflict`), while `*` or
 * no eTag overwrites. Several items written together commit or fail together.
 */
export class SqliteStorage implements Storage {
  constructor(
    private readonly db: Database,
    private readonly sealer: Sealer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when reading.');
    const items: StoreItems = {};
    if (keys.length === 0) return items;
    const rows = await this.db.all(
      `SELECT key, etag, body FROM documents WHERE key IN (${keys.map(() => '?').join(',')})`,
      keys,
    );
    for (const row of rows) {
      const key = String(row.key);
      const parsed: unknown = JSON.parse(this.sealer.open(String(row.body), key));
      if (typeof parsed !== 'object' || parsed === null) {
        throw new AppError('storage_corrupt', 'A stored document is not an object.');
      }
      items[key] = { ...parsed, eTag: String(row.etag) };
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.writeItems(changes);
  }

  /** Writes items and returns the new eTag of each, keyed as given. */
  async writeItems(changes: StoreItems): Promise<Record<string, string>> {
    if (!changes || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    const now = this.clock().toISOString();
    const writes = Object.entries(changes).map(([key, item]) => {
      const { eTag, ...rest } = (item ?? {}) as Record<string, unknown>;
      const next = newETag();
      const body = this.sealer.seal(JSON.stringify(rest), key);
      const checked = typeof eTag === 'string' && eTag !== '' && eTag !== '*';
      return checked
        ? { key, next, sql: `${upsert} WHERE documents.etag = ?`, params: [key, next, body, now, eTag] }
        : { key, next, sql: upsert, params: [key, next, body, now] };
    });
    const refused = (key: string) =>
      new AppError('storage_conflict', `Storage: error writing "${key}" due to eTag conflict.`);
    // One item, the usual turn: one statement, committed in a single trip.
    if (writes.length === 1) {
      const [only] = writes;
      if ((await this.db.write(only.sql, only.params)).changes === 0) throw refused(only.key);
    } else {
      await this.db.transaction(async (tx) => {
        for (const write of writes) if ((await tx.run(write.sql, write.params)).changes === 0) throw refused(write.key);
      });
    }
    return Object.fromEntries(writes.map((write) => [write.key, write.next]));
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await this.db.write(`DELETE FROM documents WHERE key IN (${keys.map(() => '?').join(',')})`, keys);
  }
}
