import { expect } from 'chai';
import { newRecord } from '../../plan/record';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { identityKey, SqlIdentityStore } from '../../storage/identityStore';
import { pageQuery, SqlRecordStore } from '../../storage/recordStore';
import { engines, type OpenedDatabase } from '../support/engines';
import { tempDir } from '../support/tempDb';

for (const engine of engines)
  describe(`Record store: a record found by the identity linked to it (${engine.name})`, () => {
    let opened: OpenedDatabase;
    let db: Database;
    let records: SqlRecordStore;
    let identities: SqlIdentityStore;

    engine.require();
    beforeEach(async () => {
      opened = await engine.open();
      db = opened.db;
      records = new SqlRecordStore(db, createSealer(Buffer.alloc(32, 7)));
      identities = new SqlIdentityStore(db);
    });
    afterEach(async () => {
      await opened.close();
    });

    it('finds the linked record with its current eTag, and keeps two identities apart', async () => {
      const sam = newRecord('record-sam', new Date('2026-11-01T10:00:00.000Z'));
      const jean = newRecord('record-jean', new Date('2026-11-01T10:00:00.000Z'));
      await records.put(sam, null);
      const jeanETag = await records.put(jean, null);
      await identities.link('sms', '+447700900001', sam.id);
      await identities.link('webchat', 'user-jean', jean.id);

      const found = await records.getByIdentity(identityKey('webchat', 'user-jean'));
      expect(found?.value).to.deep.equal(jean);
      expect(found?.eTag).to.equal(jeanETag);
      expect((await records.getByIdentity(identityKey('sms', '+447700900001')))?.value.id).to.equal(sam.id);
      // The same user id on another channel is another identity.
      expect(await records.getByIdentity(identityKey('sms', 'user-jean'))).to.equal(null);
    });

    it('finds nothing for an identity whose record was deleted, so a new record can be made', async () => {
      const record = newRecord('record-gone', new Date('2026-11-01T10:00:00.000Z'));
      await records.put(record, null);
      await identities.link('msteams', 'aad-1', record.id);
      await records.delete(record.id);
      expect(await records.getByIdentity(identityKey('msteams', 'aad-1'))).to.equal(null);
    });
  });

describe('Record store: the plan listing read a page at a time', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Database;

  beforeEach(async () => {
    tmp = tempDir();
    db = await Database.open(tmp.file());
  });
  afterEach(async () => {
    await db.close();
    tmp.cleanup();
  });

  it('reads each page from an index, never sorting every record', async () => {
    const after = { updatedAt: '2026-11-01T10:00:00.000Z', id: 'record-x' };
    for (const [status, position] of [
      [undefined, undefined],
      [undefined, after],
      ['shared', undefined],
      ['shared', after],
    ] as const) {
      const { sql, params } = pageQuery(status, position, 51);
      const plan = (await db.all(`EXPLAIN QUERY PLAN ${sql}`, params)).map((row) => String(row.detail)).join('; ');

      expect(plan, plan).to.match(/USING (COVERING )?INDEX records_(status_)?page/);
      expect(plan, plan).to.not.include('TEMP B-TREE');
    }
  });

  it('says where the next page starts only when there is one', async () => {
    const records = new SqlRecordStore(db, createSealer(null));
    for (const id of ['a', 'b', 'c']) await records.put(newRecord(id, new Date('2026-11-01T10:00:00.000Z')), null);

    const first = await records.page({ limit: 2 });
    const second = await records.page({ limit: 2, after: first.next });

    expect(first.items.map((item) => item.id)).to.deep.equal(['c', 'b']);
    expect(first.next).to.deep.equal({ updatedAt: '2026-11-01T10:00:00.000Z', id: 'b' });
    expect(second.items.map((item) => item.id)).to.deep.equal(['a']);
    expect(second.next).to.equal(undefined);
  });
});
