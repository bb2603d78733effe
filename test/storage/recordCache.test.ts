import { expect } from 'chai';
import { newRecord } from '../../plan/record';
import type { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlRecordStore } from '../../storage/recordStore';
import { engines, type OpenedDatabase } from '../support/engines';

for (const engine of engines)
  describe(`Record store: a record this process read or wrote is not parsed again (${engine.name})`, () => {
    let opened: OpenedDatabase;
    let db: Database;
    let records: SqlRecordStore;

    engine.require();
    beforeEach(async () => {
      opened = await engine.open();
      db = opened.db;
      records = new SqlRecordStore(db, createSealer(Buffer.alloc(32, 7)));
    });
    afterEach(async () => {
      await opened.close();
    });

    it('gives back the record it wrote, without unsealing, parsing or validating the stored body', async () => {
      const record = newRecord('record-kept', new Date('2026-11-01T10:00:00.000Z'));
      const eTag = await records.put(record, null);

      const first = await records.get(record.id);
      const second = await records.get(record.id);

      expect(first?.eTag).to.equal(eTag);
      expect(first?.value).to.deep.equal(record);
      expect(second?.value, 'the same object, not a fresh parse').to.equal(first?.value);
      expect(first?.value, "never the writer's own object, which it may go on changing").to.not.equal(record);
    });

    it('reads a body changed behind its back afresh, even under the same eTag, and validates it', async () => {
      const record = newRecord('record-edited', new Date('2026-11-01T10:00:00.000Z'));
      const eTag = await records.put(record, null);
      await records.get(record.id);
      const edited = { ...record, status: 'complete' as const };
      // Another process (or the re-seal command) wrote this body; the eTag did not change.
      await db.write('UPDATE records SET body = ? WHERE id = ?', [
        createSealer(Buffer.alloc(32, 7)).seal(JSON.stringify(edited), `record:${record.id}`),
        record.id,
      ]);
      expect((await records.get(record.id))?.value.status).to.equal('complete');
      expect((await records.get(record.id))?.eTag).to.equal(eTag);

      await db.write('UPDATE records SET body = ? WHERE id = ?', [JSON.stringify({ version: 99 }), record.id]);
      const error = await records.get(record.id).then(
        () => undefined,
        (failed: unknown) => failed,
      );
      expect(error).to.have.property('code', 'record_invalid');
    });
  });
