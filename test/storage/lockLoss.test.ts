import { expect } from 'chai';
import pg from 'pg';
import type { Database } from '../../storage/database';
import { openDatabase } from '../../storage/database';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';

/** Ends, from outside, every session of `url`'s database that holds an advisory lock, as a failover or an operator would. */
async function endLockHolders(url: string): Promise<number> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ ended: boolean }>(
      `SELECT pg_terminate_backend(pid) AS ended FROM pg_locks
        WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()
          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    return rows.filter((row) => row.ended).length;
  } finally {
    await admin.end();
  }
}

describe('PostgreSQL: a conversation lock whose session the server ends', function () {
  this.timeout(30_000);
  let database: Awaited<ReturnType<typeof tempPostgres>> | undefined;
  let db: Database;

  before(async function setUp() {
    await requirePostgres(this);
    database = await tempPostgres();
    db = await openDatabase({ url: database.url, path: '' });
  });
  after(async () => {
    await db?.close();
    await database?.drop();
  });

  it('fails the work under it, writing nothing, and keeps the instance running for the next', async () => {
    const url = database?.url ?? '';
    const lost = db.exclusive('webchat:lost', async (session) => {
      expect(await endLockHolders(url)).to.equal(1);
      // The ended session's error reaches its idle connection while the work still holds it.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await session.writeAll((tx) => tx.run('INSERT INTO settings (name, value) VALUES (?, ?)', ['lost', 'x']));
    });
    const outcome = await lost.then(
      () => 'written',
      () => 'failed',
    );
    expect(outcome).to.equal('failed');
    expect(await db.get('SELECT value FROM settings WHERE name = ?', ['lost'])).to.equal(undefined);

    await db.exclusive('webchat:lost', (session) =>
      session.writeAll((tx) => tx.run('INSERT INTO settings (name, value) VALUES (?, ?)', ['next', 'y'])),
    );
    expect(await db.get('SELECT value FROM settings WHERE name = ?', ['next'])).to.deep.equal({ value: 'y' });
  });
});
