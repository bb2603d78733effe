import { expect } from 'chai';
import { urgentAtCap } from '../../bot/urgentAtCap';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { newRecord } from '../../plan/record';
import { createCrisisScreen } from '../../safety/screen';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlIdentityStore } from '../../storage/identityStore';
import { SqlRecordStore } from '../../storage/recordStore';
import { tempDir } from '../support/tempDb';

describe('urgentAtCap: the screen at the cap reads the question waiting', () => {
  const tmp = tempDir();
  let db: Database;
  let records: SqlRecordStore;
  let identities: SqlIdentityStore;
  const screen = createCrisisScreen();
  const library = loadPackLibrary();

  beforeEach(async () => {
    db = await Database.open(tmp.file());
    records = new SqlRecordStore(db, createSealer(null));
    identities = new SqlIdentityStore(db);
  });
  afterEach(() => db.close());
  after(() => tmp.cleanup());

  /** A Web Chat user whose record waits at `current`. */
  async function waitingAt(userId: string, current: string): Promise<void> {
    const record = newRecord(`record-${userId}`, new Date());
    record.progress.current = current;
    await records.put(record, null);
    await identities.link('webchat', userId, record.id);
  }

  it('reads a bare "yes" at the direct question after the mood screen as urgent, and not elsewhere', async () => {
    const urgent = urgentAtCap({ screen, library, identities, records });
    await waitingAt('at-harm', 'mood.harmThoughts');
    await waitingAt('at-name', 'subject.name');
    expect(Boolean((await urgent('at-harm'))('yes'))).to.equal(true);
    expect(Boolean((await urgent('at-name'))('yes'))).to.equal(false);
    expect(Boolean((await urgent('nobody'))('i have taken all my tablets'))).to.equal(true);
  });

  it('reads a goal as wished at the goal question', async () => {
    const urgent = urgentAtCap({ screen, library, identities, records });
    await waitingAt('at-goal', 'goal.1.text');
    expect(screen.screen('not being here').tier).to.equal('none');
    expect(Boolean((await urgent('at-goal'))('not being here'))).to.equal(true);
  });
});
