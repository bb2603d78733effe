import { expect } from 'chai';
import type { Database } from '../../storage/database';
import { SmsPhone } from '../channels/sms/smsPhone';
import { startApp, type RunningApp } from '../support/startApp';
import { tempDir } from '../support/tempDb';

const authToken = 'replay26-test-token';
const publicUrl = 'https://careprep.example.org';
const day = 24 * 3_600_000;

async function count(db: Database, table: string): Promise<number> {
  return Number((await db.get(`SELECT COUNT(*) AS n FROM ${table}`))?.n);
}

/**
 * Hardening 26 (H263): an ordinary text's MessageSid is remembered by the delivery ledger for a
 * week only, and Twilio's signature holds no time, so a signed text captured once and sent again
 * after that ran again as a new turn: old words answering whatever the conversation asks now.
 */
describe('Abuse (hardening 26): a signed ordinary SMS replayed after the week its MessageSid is remembered', function () {
  this.timeout(60_000);
  const tmp = tempDir();
  let now = Date.parse('2026-03-02T09:00:00Z');
  const file = tmp.file();
  let running: RunningApp | undefined;
  const start = async (): Promise<SmsPhone> => {
    await running?.stop();
    running = await startApp({
      env: { CAREPREP_DB: file, TWILIO_AUTH_TOKEN: authToken, CAREPREP_PUBLIC_URL: publicUrl },
      overrides: { clock: () => new Date(now) },
    });
    return new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: '+447700900777' });
  };

  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });
  after(() => tmp.cleanup());

  it('is answered with nothing and not processed, while a new text is answered as ever', async () => {
    let phone = await start();
    const first = await phone.text('hello', { sid: 'SMreplayedtext0001' });
    expect(first.messages.length).to.be.greaterThan(0);
    const second = await phone.text('yes', { sid: 'SMreplayedtext0002' });
    expect(second.messages.length).to.be.greaterThan(0);

    now += 8 * day;
    phone = await start();
    const db = (running as RunningApp).app.db;
    expect(await count(db, 'processed_activities'), 'the week forgotten').to.equal(0);
    const documents = await count(db, 'documents');
    for (const sid of ['SMreplayedtext0001', 'SMreplayedtext0002']) {
      const replayed = await phone.text(sid.endsWith('1') ? 'hello' : 'yes', { sid });
      expect(replayed.status).to.equal(200);
      expect(replayed.messages, sid).to.deep.equal([]);
    }
    expect(await count(db, 'processed_activities'), 'no turn ran').to.equal(0);
    expect(await count(db, 'documents')).to.equal(documents);
    const fresh = await phone.text('hello', { sid: 'SMreplayedtext0003' });
    expect(fresh.messages.length).to.be.greaterThan(0);
  });
});
