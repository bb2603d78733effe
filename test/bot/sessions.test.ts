import { expect } from 'chai';
import { TestAdapter, TurnContext } from 'botbuilder';
import { silentLogger } from '../../bot/logger';
import { TurnUnits } from '../../bot/pipeline/turnUnits';
import { RecordSessions } from '../../bot/sessions';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlIdentityStore } from '../../storage/identityStore';
import { SqlRecordStore } from '../../storage/recordStore';
import { tempDir } from '../support/tempDb';

describe("Sessions: a turn's record changes, written in its unit of work", () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Database;
  let records: SqlRecordStore;
  let sessions: RecordSessions;
  let units: TurnUnits;
  const at = new Date('2026-11-01T10:00:00.000Z');

  beforeEach(async () => {
    tmp = tempDir();
    db = await Database.open(tmp.file());
    records = new SqlRecordStore(db, createSealer(null));
    sessions = new RecordSessions(records, new SqlIdentityStore(db), () => at);
    units = new TurnUnits({ db, logger: silentLogger });
  });
  afterEach(async () => {
    await db.close();
    tmp.cleanup();
  });

  function turn(): TurnContext {
    return new TurnContext(new TestAdapter(), {
      type: 'message',
      channelId: 'webchat',
      conversation: { id: 'conversation-1', isGroup: false, conversationType: '', name: '' },
      from: { id: 'user-1', name: '' },
      recipient: { id: 'bot', name: '' },
      text: 'hi',
    });
  }

  it('creates the record on first contact, with its identity, only in the commit', async () => {
    const context = turn();
    const unit = units.begin(context);
    const session = await sessions.open(context);
    await session.update((draft) => void (draft.progress.current = 'respondent.type'));
    expect(await db.all('SELECT id FROM records'), 'nothing before the commit').to.deep.equal([]);

    await unit.commit();
    await unit.end();

    const stored = await records.get(session.record.id);
    expect(stored?.value.progress.current).to.equal('respondent.type');
    expect(await db.get('SELECT record_id FROM identities')).to.deep.equal({ record_id: session.record.id });
  });

  it("makes the turn's changes again to a record someone else wrote meanwhile, losing neither", async () => {
    const first = turn();
    const opened = units.begin(first);
    const id = (await sessions.open(first)).record.id;
    await opened.commit();
    await opened.end();

    const context = turn();
    const unit = units.begin(context);
    const session = await sessions.open(context);
    await session.update((draft) => void (draft.progress.current = 'subject.name'));
    // Another conversation of the same person writes the record first.
    const theirs = await records.get(id);
    if (!theirs) throw new Error('no record');
    await records.put({ ...theirs.value, status: 'complete' }, theirs.eTag);
    await unit.commit();
    await unit.end();

    const stored = await records.get(id);
    expect(stored?.value.status).to.equal('complete');
    expect(stored?.value.progress.current).to.equal('subject.name');
    expect(session.record).to.deep.equal(stored?.value);
  });

  it('writes nothing back to a record erased during the turn', async () => {
    const first = turn();
    const opened = units.begin(first);
    const id = (await sessions.open(first)).record.id;
    await opened.commit();
    await opened.end();

    const context = turn();
    const unit = units.begin(context);
    const session = await sessions.open(context);
    await session.update((draft) => void (draft.progress.paused = false));
    await records.delete(id);
    await unit.commit();
    await unit.end();

    expect(await records.get(id)).to.equal(null);
  });
});
