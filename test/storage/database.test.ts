import { expect } from 'chai';
import { Database } from '../../storage/database';
import { tempDir } from '../support/tempDb';

/** Runs `body` against a fresh database file, always closed and removed after. */
async function withDatabase(body: (db: Database) => Promise<void>): Promise<void> {
  const tmp = tempDir();
  const db = await Database.open(tmp.file());
  try {
    await body(db);
  } finally {
    await db.close();
    tmp.cleanup();
  }
}

describe('Database transactions', () => {
  it('commits writes queued together, and a failing one rolls back only its own changes', () =>
    withDatabase(async (db) => {
      const insert = (key: string) =>
        db.transaction((tx) => tx.run('INSERT INTO processed_activities (key, at) VALUES (?, ?)', [key, 'now']));
      const failing = db.transaction(async (tx) => {
        await tx.run('INSERT INTO processed_activities (key, at) VALUES (?, ?)', ['doomed', 'now']);
        throw new Error('body failed');
      });
      const results = await Promise.allSettled([insert('a'), failing, insert('b'), insert('c')]);
      expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      const rows = await db.all('SELECT key FROM processed_activities ORDER BY key');
      expect(rows.map((r) => r.key)).to.deep.equal(['a', 'b', 'c']);
    }));

  it('rolls back a write that fails on its own, and the next write still commits', () =>
    withDatabase(async (db) => {
      const insert = (key: string) =>
        db.transaction((tx) => tx.run('INSERT INTO processed_activities (key, at) VALUES (?, ?)', [key, 'now']));
      const failed = await db
        .transaction(async (tx) => {
          await tx.run('INSERT INTO processed_activities (key, at) VALUES (?, ?)', ['doomed', 'now']);
          throw new Error('body failed');
        })
        .catch((error: unknown) => error);
      expect(failed).to.be.an('error');
      await insert('after');
      const rows = await db.all('SELECT key FROM processed_activities ORDER BY key');
      expect(rows.map((r) => r.key)).to.deep.equal(['after']);
    }));

  it('runs queued bodies one after another, never interleaved', () =>
    withDatabase(async (db) => {
      const order: string[] = [];
      const body = (name: string) =>
        db.transaction(async (tx) => {
          order.push(`${name}:start`);
          await tx.get('SELECT 1');
          await tx.get('SELECT 1');
          order.push(`${name}:end`);
        });
      await Promise.all([body('x'), body('y'), body('z')]);
      expect(order).to.deep.equal(['x:start', 'x:end', 'y:start', 'y:end', 'z:start', 'z:end']);
    }));

  it('makes a write visible to readers only once it resolves', () =>
    withDatabase(async (db) => {
      await db.transaction((tx) => tx.run('INSERT INTO processed_activities (key, at) VALUES (?, ?)', ['k', 'now']));
      expect(await db.get('SELECT key FROM processed_activities WHERE key = ?', ['k'])).to.deep.equal({ key: 'k' });
    }));

  it('commits a lone statement write and reports what it changed', () =>
    withDatabase(async (db) => {
      const inserted = await db.write('INSERT INTO processed_activities (key, at) VALUES (?, ?)', ['k', 'now']);
      expect(inserted.changes).to.equal(1);
      const ignored = await db.write('INSERT OR IGNORE INTO processed_activities (key, at) VALUES (?, ?)', [
        'k',
        'now',
      ]);
      expect(ignored.changes).to.equal(0);
      expect(await db.all('SELECT key FROM processed_activities')).to.deep.equal([{ key: 'k' }]);
    }));

  it('fails a statement write on its own, alone or queued with others, and keeps the rest', () =>
    withDatabase(async (db) => {
      const insert = (key: string) =>
        db.write('INSERT INTO processed_activities (key, at) VALUES (?, ?)', [key, 'now']);
      await insert('a');
      expect(await insert('a').catch((error: unknown) => error)).to.be.an('error');
      const body = db.transaction(async (tx) => {
        await tx.run('INSERT INTO processed_activities (key, at) VALUES (?, ?)', ['b', 'now']);
        await tx.run('INSERT INTO processed_activities (key, at) VALUES (?, ?)', ['c', 'now']);
      });
      const results = await Promise.allSettled([body, insert('a'), insert('d')]);
      expect(results.map((r) => r.status)).to.deep.equal(['fulfilled', 'rejected', 'fulfilled']);
      const rows = await db.all('SELECT key FROM processed_activities ORDER BY key');
      expect(rows.map((r) => r.key)).to.deep.equal(['a', 'b', 'c', 'd']);
    }));

  it('commits statement writes queued together, failing only the one that fails, in order', () =>
    withDatabase(async (db) => {
      const insert = (key: string, at = 'now') =>
        db.write('INSERT INTO processed_activities (key, at) VALUES (?, ?)', [key, at]);
      await insert('taken');
      // A transaction holds the writer while the statements queue, so they commit as one batch.
      const holding = db.transaction(async (tx) => {
        await tx.get('SELECT 1');
        await tx.get('SELECT 1');
      });
      const queued = [insert('x'), insert('taken'), insert('y'), insert('x', 'again'), insert('z')];
      const results = await Promise.allSettled([holding, ...queued]);
      expect(results.map((r) => r.status)).to.deep.equal([
        'fulfilled',
        'fulfilled',
        'rejected',
        'fulfilled',
        'rejected',
        'fulfilled',
      ]);
      const rows = await db.all('SELECT key, at FROM processed_activities ORDER BY key');
      expect(rows).to.deep.equal([
        { key: 'taken', at: 'now' },
        { key: 'x', at: 'now' },
        { key: 'y', at: 'now' },
        { key: 'z', at: 'now' },
      ]);
    }));

  it('runs statement writes and transactions in the order they were asked for', () =>
    withDatabase(async (db) => {
      const seen: string[] = [];
      const write = db.write('INSERT INTO processed_activities (key, at) VALUES (?, ?)', ['k', 'first']);
      const overwrite = db.transaction(async (tx) => {
        const row = await tx.get('SELECT at FROM processed_activities WHERE key = ?', ['k']);
        seen.push(String(row?.at));
        await tx.run('UPDATE processed_activities SET at = ? WHERE key = ?', ['second', 'k']);
      });
      const last = db.write('UPDATE processed_activities SET at = ? WHERE key = ?', ['third', 'k']);
      await Promise.all([write, overwrite, last]);
      expect(seen).to.deep.equal(['first']);
      expect(await db.get('SELECT at FROM processed_activities WHERE key = ?', ['k'])).to.deep.equal({ at: 'third' });
    }));

  it('rejects SQL that does not prepare, and goes on working', () =>
    withDatabase(async (db) => {
      expect(await db.get('SELECT nothing FROM nowhere').catch((error: unknown) => error)).to.be.an('error');
      expect(await db.write('INSERT INTO nowhere VALUES (1)').catch((error: unknown) => error)).to.be.an('error');
      expect(await db.get('SELECT nothing FROM nowhere').catch((error: unknown) => error)).to.be.an('error');
      await db.write('INSERT INTO processed_activities (key, at) VALUES (?, ?)', ['k', 'now']);
      expect(await db.get('SELECT key FROM processed_activities')).to.deep.equal({ key: 'k' });
    }));

  it('reads each committed write through a statement it has run before', () =>
    withDatabase(async (db) => {
      const read = () => db.get('SELECT at FROM processed_activities WHERE key = ?', ['k']);
      await db.write('INSERT INTO processed_activities (key, at) VALUES (?, ?)', ['k', 'one']);
      await db.write('INSERT INTO processed_activities (key, at) VALUES (?, ?)', ['other', 'one']);
      expect(await read()).to.deep.equal({ at: 'one' });
      expect(await db.get('SELECT key FROM processed_activities ORDER BY key')).to.deep.equal({ key: 'k' });
      for (const at of ['two', 'three']) {
        await db.write('UPDATE processed_activities SET at = ? WHERE key = ?', [at, 'k']);
        expect(await read()).to.deep.equal({ at });
        expect(await db.get('SELECT key FROM processed_activities ORDER BY key')).to.deep.equal({ key: 'k' });
      }
    }));
});
