import { expect } from 'chai';
import type { Tx } from '../../storage/database';
import { lockId } from '../../storage/postgresLocks';
import { describeEngines } from '../support/engines';
import { recordStatements } from '../support/pgStatements';

/** Lock keys whose ids are negative and positive: an advisory lock is listed by the id's two halves. */
const lockKeys = ['webchat:negative', 'webchat:positive'].map((prefix) => {
  for (let i = 0; ; i += 1) {
    const key = `${prefix}-${i}`;
    if (lockId(key).startsWith('-') === prefix.endsWith('negative')) return key;
  }
});

/** Values whose quoting could go wrong if written into a statement's text. */
const awkward = [
  "it's",
  'back\\slash and \\x41 and \\\\',
  "'); DROP TABLE settings; --",
  "E'' $1 ? $$ $tag$",
  'line\nbreak\ttab',
  'Zoë 😀 — “quoted”',
  '',
];

const stored = (rows: readonly Record<string, unknown>[]): Record<string, unknown> =>
  Object.fromEntries(rows.map((row) => [String(row.name), row.value]));

describeEngines('A body of writes, committed together (writeAll)', (current, engine) => {
  const settings = async () => stored(await current().db.all('SELECT name, value FROM settings'));
  const insert = (tx: Tx, name: string, value: string) =>
    tx.run('INSERT INTO settings (name, value) VALUES (?, ?)', [name, value]);

  it('stores every value exactly as given', async () => {
    await current().db.writeAll(async (tx) => {
      for (const [i, value] of awkward.entries()) await insert(tx, `v${i}`, value);
      await tx.run('INSERT INTO processed_activities (key, at, replies, handed_over) VALUES (?, ?, ?, ?)', [
        'k',
        '2026-04-01',
        null,
        3,
      ]);
    });

    expect(await settings()).to.deep.equal(Object.fromEntries(awkward.map((value, i) => [`v${i}`, value])));
    expect(await current().db.get('SELECT replies, handed_over FROM processed_activities')).to.deep.equal({
      replies: null,
      handed_over: 3,
    });
  });

  it('commits once, and on PostgreSQL in one round trip', async () => {
    const { db } = current();
    const before = db.stats.commits;
    const recorded = recordStatements();
    try {
      await db.writeAll(async (tx) => {
        await insert(tx, 'a', '1');
        await insert(tx, 'b', '2');
        await tx.run('UPDATE settings SET value = ? WHERE name = ?', ['3', 'a']);
      });
    } finally {
      recorded.stop();
    }

    expect(db.stats.commits - before).to.equal(1);
    if (engine === 'postgres') expect(recorded.texts).to.have.length(1);
    expect(await settings()).to.deep.equal({ a: '3', b: '2' });
  });

  it('runs a body whose write changes no row as a transaction, which tells it so', async () => {
    const seen: number[] = [];
    await current().db.writeAll(async (tx) => {
      await insert(tx, 'a', '1');
      seen.push((await tx.run('UPDATE settings SET value = ? WHERE name = ?', ['2', 'missing'])).changes);
    });

    expect(seen.at(-1), 'what the write did, as last told').to.equal(0);
    expect(await settings()).to.deep.equal({ a: '1' });
  });

  it('runs a body that reads as a transaction, on what is stored', async () => {
    await current().db.write('INSERT INTO settings (name, value) VALUES (?, ?)', ['a', '41']);

    await current().db.writeAll(async (tx) => {
      const row = await tx.get('SELECT value FROM settings WHERE name = ?', ['a']);
      await insert(tx, 'b', String(Number(row?.value) + 1));
    });

    expect(await settings()).to.deep.equal({ a: '41', b: '42' });
  });

  it('commits the writes of work under a lock through the lock', async () => {
    for (const [i, key] of lockKeys.entries())
      await current().db.exclusive(key, (session) =>
        session.writeAll(async (tx) => {
          await insert(tx, `under ${key}`, String(i));
        }),
      );

    expect(await settings()).to.deep.equal(Object.fromEntries(lockKeys.map((key, i) => [`under ${key}`, String(i)])));
  });

  if (engine === 'postgres') {
    it('on PostgreSQL runs the writes of work under a lock on the session holding it, and waits for the disk', async () => {
      const [key] = lockKeys;
      const seen = await current().db.exclusive(key, (session) =>
        // A body that reads runs as a transaction; its session and its commit's durability are read in it.
        session.writeAll(async (tx) => {
          const row = await tx.get("SELECT pg_backend_pid() AS pid, current_setting('synchronous_commit') AS sync");
          await insert(tx, 'a', '1');
          const holders = await current().db.all(
            "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = (? :: bigint & 4294967295)::oid",
            [lockId(key)],
          );
          return { pid: row?.pid, sync: row?.sync, holders: holders.map((holder) => holder.pid) };
        }),
      );

      expect(seen.holders).to.deep.equal([seen.pid]);
      expect(seen.sync).to.equal('on');
      expect(await settings()).to.deep.equal({ a: '1' });
    });

    it('on PostgreSQL reads counts as numbers in a body of writes under a lock, as on the main pool', async () => {
      const count = await current().db.exclusive(lockKeys[0], (session) =>
        session.writeAll(async (tx) => {
          await insert(tx, 'a', '1');
          return (await tx.get('SELECT COUNT(*) AS n FROM settings'))?.n;
        }),
      );

      expect(count).to.equal(1);
    });

    it('on PostgreSQL makes the one statement of writes under a lock durable though its session is not', async () => {
      // The lock's session commits its reply notes without a flush; the turn's writes must flush.
      const sync = await current().db.transaction(async (tx) => {
        await tx.run("SELECT set_config('synchronous_commit', 'off', true)");
        await tx.run("SELECT careprep_write_all_locked('INSERT INTO settings (name, value) VALUES (''a'', ''1'')')");
        return (await tx.get("SELECT current_setting('synchronous_commit') AS sync"))?.sync;
      });

      expect(sync).to.equal('on');
      expect(await settings()).to.deep.equal({ a: '1' });
    });
  }

  if (engine === 'sqlite') {
    const trips = (): number => (current().db.stats as unknown as { trips: number }).trips;

    it('on sqlite sends a body of writes to the database thread in one trip, BEGIN and COMMIT with it', async () => {
      const before = trips();
      await current().db.writeAll(async (tx) => {
        await insert(tx, 'a', '1');
        await insert(tx, 'b', '2');
        await tx.run('UPDATE settings SET value = ? WHERE name = ?', ['3', 'a']);
      });

      expect(trips() - before).to.equal(1);
      expect(await settings()).to.deep.equal({ a: '3', b: '2' });
    });

    it('on sqlite commits a write that changed no row when its body never looked at what it changed', async () => {
      await current().db.writeAll(async (tx) => {
        await insert(tx, 'a', '1');
        await tx.run('DELETE FROM settings WHERE name = ?', ['missing']);
      });

      expect(await settings()).to.deep.equal({ a: '1' });
    });

    it('on sqlite tells a body that looks how many rows a write changed, when it was not one', async () => {
      await current().db.write("INSERT INTO settings (name, value) VALUES ('x1', '0'), ('x2', '0')");
      const seen: number[] = [];
      await current().db.writeAll(async (tx) => {
        seen.push((await tx.run("DELETE FROM settings WHERE name LIKE 'x%'")).changes);
        await insert(tx, 'a', '1');
      });

      expect(seen.at(-1)).to.equal(2);
      expect(await settings()).to.deep.equal({ a: '1' });
    });

    it('on sqlite keeps the writes queued with a script that failed, and runs that body as a transaction', async () => {
      const seen: number[] = [];
      const hold = current().db.write('INSERT INTO settings (name, value) VALUES (?, ?)', ['first', '0']);
      await Promise.all([
        hold,
        current().db.writeAll(async (tx) => {
          await insert(tx, 'a', '1');
        }),
        current().db.writeAll(async (tx) => {
          await insert(tx, 'b', '2');
          seen.push((await tx.run('UPDATE settings SET value = ? WHERE name = ?', ['9', 'missing'])).changes);
        }),
        current().db.writeAll(async (tx) => {
          await insert(tx, 'c', "it's 3");
        }),
      ]);

      expect(seen.at(-1)).to.equal(0);
      expect(await settings()).to.deep.equal({ first: '0', a: '1', b: '2', c: "it's 3" });
    });

    it('on sqlite writes each number with the storage class a bound one gets (a double beyond 32 bits)', async () => {
      const values = [0, 7, -3, 2 ** 31 - 1, 2 ** 31, 2 ** 40, -(2 ** 40)];
      const insert = (tx: Tx, by: string) =>
        Promise.all(
          values.map((value, i) => tx.run('INSERT INTO settings (name, value) VALUES (?, ?)', [`${by}${i}`, value])),
        );
      await current().db.transaction(async (tx) => void (await insert(tx, 'bound')));
      await current().db.writeAll(async (tx) => void (await insert(tx, 'script')));

      const stored = async (by: string) =>
        (
          await current().db.all(
            `SELECT typeof(value) AS kind, value FROM settings WHERE name LIKE '${by}%' ORDER BY name`,
          )
        ).map((row) => `${String(row.kind)} ${String(row.value)}`);
      expect(await stored('script')).to.deep.equal(await stored('bound'));
    });

    it('on sqlite runs as a transaction a body that writes text with a NUL, and stores it as given', async () => {
      await current().db.writeAll(async (tx) => {
        await insert(tx, 'nul', 'a\0b');
      });

      expect(await settings()).to.deep.equal({ nul: 'a\0b' });
    });
  }

  it('writes nothing when one write fails', async () => {
    await current().db.write('INSERT INTO settings (name, value) VALUES (?, ?)', ['taken', '0']);

    const failed = await current()
      .db.writeAll(async (tx) => {
        await insert(tx, 'a', '1');
        await insert(tx, 'taken', '2');
      })
      .then(
        () => false,
        () => true,
      );

    expect(failed).to.equal(true);
    expect(await settings()).to.deep.equal({ taken: '0' });
  });
});
