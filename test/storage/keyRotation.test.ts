import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { loadConfig } from '../../bot/config';
import { newRecord } from '../../plan/record';
import { Database } from '../../storage/database';
import { createSealer, type Sealer } from '../../storage/encryption';
import { keyCheckValue, rotationPending, verifyEncryptionKey } from '../../storage/keyCheck';
import { PostgresStreams } from '../../storage/postgresStreams';
import { SqlRecordStore } from '../../storage/recordStore';
import { resealAll, sealedTablesOn, type ResealProgress } from '../../storage/reseal';
import { readSetting } from '../../storage/settings';
import { engines, type OpenedDatabase } from '../support/engines';
import { tempDir } from '../support/tempDb';
import { runScript, type ScriptRun } from '../support/scriptProcess';

const keyA = randomBytes(32);
const keyB = randomBytes(32);
const keyC = randomBytes(32);
const at = new Date('2026-11-01T10:00:00.000Z');

/**
 * Five records, two conversation documents, an invitation, a queued delivery and where one
 * identity is reached, sealed with `sealer` (and an identity reached nowhere, which holds nothing sealed).
 */
async function fill(db: Database, sealer: Sealer, tag: string): Promise<void> {
  const records = new SqlRecordStore(db, sealer);
  for (let i = 0; i < 5; i++) await records.put(newRecord(`${tag}-record-${i}`, at), null);
  for (const key of [`${tag}/conversations/1`, `${tag}/conversations/2`])
    await db.write('INSERT INTO documents (key, etag, body, updated_at) VALUES (?, ?, ?, ?)', [
      key,
      '1',
      sealer.seal('{"dialogState":{}}', key),
      at.toISOString(),
    ]);
  await db.write('INSERT INTO invitations (id, code, coordinator_id, body, created_at) VALUES (?, ?, ?, ?, ?)', [
    `${tag}-inv`,
    `${tag}-CODE`,
    'coordinator',
    sealer.seal('{"name":"Sam"}', `invitation:${tag}-inv`),
    at.toISOString(),
  ]);
  await db.write('INSERT INTO outbox (record_id, payload, due_at, created_at) VALUES (?, ?, ?, ?)', [
    `${tag}-record-0`,
    sealer.seal('{"plan":1}', `outbox:${tag}-record-0`),
    at.toISOString(),
    at.toISOString(),
  ]);
  await db.write(
    'INSERT INTO identities (identity, record_id, created_at, reach) VALUES (?, ?, ?, ?), (?, ?, ?, NULL)',
    [
      `${tag}-phone`,
      `${tag}-record-0`,
      at.toISOString(),
      sealer.seal('{"kind":"sms","number":"+447700900123"}', `reach:${tag}-record-0`),
      `${tag}-chat`,
      `${tag}-record-0`,
      at.toISOString(),
    ],
  );
}

/** How many sealed documents open with `key` alone, and how many do not. */
async function census(db: Database, key: Buffer): Promise<{ open: number; closed: number }> {
  const sealer = createSealer(key);
  const count = { open: 0, closed: 0 };
  for (const { table, column, bound, where } of sealedTablesOn(db.engine)) {
    for (const row of await db.all(
      `SELECT ${bound} AS bound, ${column} AS body FROM ${table} WHERE ${where ?? 'TRUE'}`,
    )) {
      if (sealer.isCurrent(String(row.body), String(row.bound))) count.open++;
      else count.closed++;
    }
  }
  return count;
}

async function refusal(run: Promise<unknown>): Promise<string> {
  return run.then(
    () => '',
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );
}

for (const engine of engines)
  describe(`Storage: rotating the encryption key (${engine.name})`, () => {
    let opened: OpenedDatabase;
    let db: Database;

    engine.require();
    beforeEach(async () => {
      opened = await engine.open();
      db = opened.db;
      await verifyEncryptionKey(db, keyA);
      await fill(db, createSealer(keyA), 'old');
    });
    afterEach(async () => {
      await opened.close();
    });

    it('reads with the old key and writes with the new one, moving the key check value to the new key', async () => {
      await verifyEncryptionKey(db, keyB, keyA);
      const records = new SqlRecordStore(db, createSealer(keyB, keyA));
      const old = await records.get('old-record-1');
      await records.put({ ...old!.value, status: 'complete' }, old!.eTag);
      await records.put(newRecord('new-record', at), null);

      expect(await readSetting(db, 'encryption_key_check')).to.equal(keyCheckValue(keyB));
      expect(await rotationPending(db)).to.equal(true);
      expect((await new SqlRecordStore(db, createSealer(keyB)).get('new-record'))?.value.id).to.equal('new-record');
      expect((await new SqlRecordStore(db, createSealer(keyB)).get('old-record-1'))?.value.status).to.equal('complete');
    });

    it('re-seals every stored document with the new key in batches, and a second run changes nothing', async () => {
      await verifyEncryptionKey(db, keyB, keyA);
      const batches: ResealProgress[] = [];
      const first = await resealAll(db, createSealer(keyB, keyA), { batchSize: 2, onBatch: (b) => batches.push(b) });
      const second = await resealAll(db, createSealer(keyB, keyA), { batchSize: 2 });

      expect(first).to.deep.equal({ examined: 10, resealed: 10 });
      expect(batches.filter((b) => b.table === 'records').map((b) => b.examined)).to.deep.equal([2, 2, 1]);
      expect(await census(db, keyB)).to.deep.equal({ open: 10, closed: 0 });
      expect(second).to.deep.equal({ examined: 10, resealed: 0 });
      expect(await rotationPending(db)).to.equal(false);
    });

    it('starts with the new key alone once the re-seal is done, and refuses the old key', async () => {
      await verifyEncryptionKey(db, keyB, keyA);
      await resealAll(db, createSealer(keyB, keyA), { batchSize: 100 });

      expect(await refusal(verifyEncryptionKey(db, keyB))).to.equal('');
      expect(await refusal(verifyEncryptionKey(db, keyA))).to.match(/CAREPREP_ENCRYPTION_KEY: not the key/);
    });

    it('refuses the new key alone, or with a wrong old key, while rows still need the old key', async () => {
      await verifyEncryptionKey(db, keyB, keyA);

      expect(await refusal(verifyEncryptionKey(db, keyB))).to.match(
        /CAREPREP_ENCRYPTION_KEY_OLD: not set, but some rows are still sealed with the previous key/,
      );
      expect(await refusal(verifyEncryptionKey(db, keyB, keyC))).to.match(/CAREPREP_ENCRYPTION_KEY_OLD: not the key/);
      expect(await refusal(verifyEncryptionKey(db, keyB, keyA))).to.equal('');
    });

    it('refuses a new rotation before the last one is re-sealed', async () => {
      await verifyEncryptionKey(db, keyB, keyA);

      expect(await refusal(verifyEncryptionKey(db, keyC, keyB))).to.match(
        /CAREPREP_ENCRYPTION_KEY_OLD: an earlier rotation is not finished/,
      );
    });

    it('stops on a document neither key opens and leaves the rotation unfinished', async () => {
      await verifyEncryptionKey(db, keyB, keyA);
      await fill(db, createSealer(keyC), 'stray');

      expect(await refusal(resealAll(db, createSealer(keyB, keyA), { batchSize: 3 }))).to.match(
        /could not be decrypted/,
      );
      expect(await rotationPending(db)).to.equal(true);
    });

    if (engine.name === 'postgres')
      it("re-seals what the Direct Line streams hold, so a page's unread replies open with the new key alone", async () => {
        const streams = new PostgresStreams(db, createSealer(keyA), () => new Date());
        const created = await streams.create();
        if (!created.ok) throw new Error('no room');
        await streams.append(created.id, { type: 'message', text: 'What matters most to you?' });
        await verifyEncryptionKey(db, keyB, keyA);
        await resealAll(db, createSealer(keyB, keyA), { batchSize: 2 });

        const page = await new PostgresStreams(db, createSealer(keyB), () => new Date()).since(created.id, '');
        expect(page?.activities.map((activity) => activity.text)).to.deep.equal(['What matters most to you?']);
      });

    it('seals documents stored in the clear before a key was set', async () => {
      await fill(db, createSealer(null), 'plain');
      const result = await resealAll(db, createSealer(keyA), { batchSize: 4 });

      expect(result.resealed).to.equal(10);
      expect(await census(db, keyA)).to.deep.equal({ open: 20, closed: 0 });
    });
  });

describe('Configuration: CAREPREP_ENCRYPTION_KEY_OLD', () => {
  const b64 = (key: Buffer): string => key.toString('base64');

  it('needs a different new key and an explicit identity key', () => {
    const load = (env: NodeJS.ProcessEnv): string => {
      try {
        loadConfig(env);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(load({ CAREPREP_ENCRYPTION_KEY_OLD: b64(keyA) })).to.match(
      /CAREPREP_ENCRYPTION_KEY_OLD: set, but CAREPREP_ENCRYPTION_KEY/,
    );
    expect(
      load({
        CAREPREP_ENCRYPTION_KEY_OLD: b64(keyA),
        CAREPREP_ENCRYPTION_KEY: b64(keyA),
        CAREPREP_IDENTITY_KEY: b64(keyC),
      }),
    ).to.match(/the same key/);
    expect(load({ CAREPREP_ENCRYPTION_KEY_OLD: b64(keyA), CAREPREP_ENCRYPTION_KEY: b64(keyB) })).to.match(
      /CAREPREP_IDENTITY_KEY is not/,
    );
    expect(load({ CAREPREP_ENCRYPTION_KEY_OLD: 'short', CAREPREP_ENCRYPTION_KEY: b64(keyB) })).to.match(
      /CAREPREP_ENCRYPTION_KEY_OLD: must be 32 bytes/,
    );
    const config = loadConfig({
      CAREPREP_ENCRYPTION_KEY_OLD: b64(keyA),
      CAREPREP_ENCRYPTION_KEY: b64(keyB),
      CAREPREP_IDENTITY_KEY: b64(keyC),
    });
    expect(config.previousEncryptionKey?.equals(keyA)).to.equal(true);
  });
});

/** Runs `npm run db:reseal`'s script as a process; its JSON log lines and exit code. */
const runReseal = (env: NodeJS.ProcessEnv): Promise<ScriptRun> => runScript('reseal.ts', ['--batch', '3'], env);

describe('npm run db:reseal (real process, real sqlite file)', function () {
  this.timeout(60_000);

  it('re-seals a database with the new key, logs counts per batch, and is idempotent', async () => {
    const tmp = tempDir();
    try {
      const dbPath = tmp.file();
      const db = await Database.open(dbPath);
      await verifyEncryptionKey(db, keyA);
      await fill(db, createSealer(keyA), 'cli');
      await db.close();
      const env = {
        CAREPREP_DB: dbPath,
        CAREPREP_ENCRYPTION_KEY: keyB.toString('base64'),
        CAREPREP_ENCRYPTION_KEY_OLD: keyA.toString('base64'),
        CAREPREP_IDENTITY_KEY: keyC.toString('base64'),
      };

      const first = await runReseal(env);
      const second = await runReseal(env);
      const done = (run: typeof first): Record<string, unknown> | undefined =>
        run.lines.find((line) => line.event === 'reseal_done');

      expect(first.code, first.stderr).to.equal(0);
      expect(first.lines.filter((line) => line.event === 'reseal_batch').length).to.be.at.least(4);
      expect(done(first)).to.include({ examined: 10, resealed: 10 });
      expect(done(second)).to.include({ examined: 10, resealed: 0 });
      const after = await Database.open(dbPath);
      try {
        expect(await census(after, keyB)).to.deep.equal({ open: 10, closed: 0 });
        expect(await refusal(verifyEncryptionKey(after, keyB))).to.equal('');
      } finally {
        await after.close();
      }
    } finally {
      tmp.cleanup();
    }
  });

  it('refuses without a key to re-seal with, naming the variable', async () => {
    const tmp = tempDir();
    try {
      const run = await runReseal({ CAREPREP_DB: tmp.file() });

      expect(run.code).to.equal(1);
      expect(run.stderr).to.match(/CAREPREP_ENCRYPTION_KEY: not set/);
    } finally {
      tmp.cleanup();
    }
  });
});
