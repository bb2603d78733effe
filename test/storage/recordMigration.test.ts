import { expect } from 'chai';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlRecordStore } from '../../storage/recordStore';
import { newRecord } from '../../plan/record';
import { tempDir } from '../support/tempDb';
import { unpackBody } from '../../storage/bodyPacking';

describe('Stored records from before results', () => {
  it('reads a version 1 record as version 2 with no results, and writes it back as version 2', async () => {
    const tmp = tempDir();
    const db = await Database.open(tmp.file());
    try {
      const sealer = createSealer(Buffer.alloc(32, 7));
      const store = new SqlRecordStore(db, sealer);
      const { results: _results, ...current } = newRecord('r1', new Date('2024-05-01T10:00:00Z'));
      const v1 = { ...current, version: 1 };
      // As a release before results wrote it: sealed, bound to the record, with no `results`.
      await db.write('INSERT INTO records (id, etag, status, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [
        'r1',
        'e1',
        'inProgress',
        sealer.seal(JSON.stringify(v1), 'record:r1'),
        v1.createdAt,
        v1.updatedAt,
      ]);

      const read = await store.get('r1');
      expect(read?.value.version).to.equal(2);
      expect(read?.value.results).to.deep.equal({ items: [], targets: {}, inPerson: [] });
      await store.put(read!.value, read!.eTag);
      const row = await db.get('SELECT body FROM records WHERE id = ?', ['r1']);
      expect(JSON.parse(unpackBody(sealer.open(String(row?.body), 'record:r1')))).to.include({ version: 2 });
    } finally {
      await db.close();
      tmp.cleanup();
    }
  });

  it("works out a version 1 record's flags for retention, rather than counting it unreadable", async () => {
    const tmp = tempDir();
    const db = await Database.open(tmp.file());
    try {
      const sealer = createSealer(Buffer.alloc(32, 7));
      const store = new SqlRecordStore(db, sealer);
      const { results: _results, ...current } = newRecord('r1', new Date('2024-05-01T10:00:00Z'));
      const v1 = { ...current, version: 1 };
      // Written before emptiness and sharing were kept: both unknown until the sweep reads it.
      await db.write('INSERT INTO records (id, etag, status, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)', [
        'r1',
        'e1',
        'inProgress',
        sealer.seal(JSON.stringify(v1), 'record:r1'),
        v1.createdAt,
        v1.updatedAt,
      ]);
      await db.write('UPDATE records SET empty = 0, shared = NULL');

      expect(await store.markFlags('2030-01-01T00:00:00.000Z', 10)).to.equal(1);
      expect(await db.get('SELECT empty, shared FROM records WHERE id = ?', ['r1'])).to.deep.equal({
        empty: 1,
        shared: 0,
      });
    } finally {
      await db.close();
      tmp.cleanup();
    }
  });

  it('still refuses a record of an unknown version rather than guessing', async () => {
    const tmp = tempDir();
    const db = await Database.open(tmp.file());
    try {
      const store = new SqlRecordStore(db, createSealer(null));
      const body = JSON.stringify({ ...newRecord('r2', new Date()), version: 7 });
      await db.write(
        "INSERT INTO records (id, etag, status, body, created_at, updated_at) VALUES ('r2', 'e', 'inProgress', ?, '', '')",
        [body],
      );
      let code: unknown;
      await store.get('r2').catch((error: { code?: string }) => (code = error.code));
      expect(code).to.equal('record_invalid');
    } finally {
      await db.close();
      tmp.cleanup();
    }
  });
});
