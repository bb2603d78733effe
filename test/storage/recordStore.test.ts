import { expect } from 'chai';
import { newRecord } from '../../plan/record';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { identityKey, SqliteIdentityStore } from '../../storage/identityStore';
import { SqliteRecordStore } from '../../storage/recordStore';
import { tempDir } from '../support/tempDb';

describe('Record store: a record found by the identity linked to it', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Database;
  let records: SqliteRecordStore;
  let identities: SqliteIdentityStore;

  beforeEach(async () => {
    tmp = tempDir();
    db = await Database.open(tmp.file());
    records = new SqliteRecordStore(db, createSealer(Buffer.alloc(32, 7)));
    identities = new SqliteIdentityStore(db);
  });
  afterEach(async () => {
    await db.close();
    tmp.cleanup();
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
