import type { Storage, StoreItems } from 'botbuilder';
import { AppError } from '../plan/appError';
import type { Database } from './database';
import type { Sealer } from './encryption';
import { newETag } from './newETag';

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
  writeItems(changes: StoreItems): Promise<Record<string, string>> {
    if (!changes || typeof changes !== 'object') throw new ReferenceError('Changes are required when writing.');
    const now = this.clock().toISOString();
    return this.db.transaction(async (tx) => {
      const eTags: Record<string, string> = {};
      for (const [key, item] of Object.entries(changes)) {
        const { eTag, ...rest } = (item ?? {}) as Record<string, unknown>;
        const next = newETag();
        const body = this.sealer.seal(JSON.stringify(rest), key);
        if (typeof eTag === 'string' && eTag !== '' && eTag !== '*') {
          const updated = await tx.run(
            'UPDATE documents SET etag = ?, body = ?, updated_at = ? WHERE key = ? AND etag = ?',
            [next, body, now, key, eTag],
          );
          if (updated.changes === 0) {
            const exists = await tx.get('SELECT 1 AS found FROM documents WHERE key = ?', [key]);
            if (exists) throw new AppError('storage_conflict', `Storage: error writing "${key}" due to eTag conflict.`);
            await tx.run('INSERT INTO documents (key, etag, body, updated_at) VALUES (?, ?, ?, ?)', [
              key,
              next,
              body,
              now,
            ]);
          }
        } else {
          await tx.run(
            `INSERT INTO documents (key, etag, body, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, body = excluded.body, updated_at = excluded.updated_at`,
            [key, next, body, now],
          );
        }
        eTags[key] = next;
      }
      return eTags;
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (!Array.isArray(keys)) throw new ReferenceError('Keys are required when deleting.');
    if (keys.length === 0) return;
    await this.db.transaction((tx) =>
      tx.run(`DELETE FROM documents WHERE key IN (${keys.map(() => '?').join(',')})`, keys),
    );
  }
}
