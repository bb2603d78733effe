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
});
