import { expect } from 'chai';
import type { Database } from '../../storage/database';
import { SqlOptOutStore } from '../../storage/optOutStore';
import { SmsPhone } from '../channels/sms/smsPhone';
import { startApp, type RunningApp } from '../support/startApp';
import { tempDir } from '../support/tempDb';

const authToken = 'replay-test-token';
const publicUrl = 'https://careprep.example.org';
const day = 24 * 3_600_000;

async function count(db: Database, table: string): Promise<number> {
  return Number((await db.get(`SELECT COUNT(*) AS n FROM ${table}`))?.n);
}

/**
 * Hardening 25 (H221): Twilio's signature has no time in it, and a MessageSid is remembered for a
 * week (duplicate drop), so a signed STOP or START captured once and sent again after that ran
 * again: a STOP undoing the START the person sent since, or a START undoing their later STOP.
 */
describe('Abuse (hardening 25): a signed SMS keyword replayed after the week its MessageSid is remembered', function () {
  this.timeout(60_000);
  const tmp = tempDir();
  let now = Date.parse('2026-03-02T09:00:00Z');
  const file = tmp.file();
  let running: RunningApp | undefined;
  /** The same number before and after the restart. */
  const start = async (from = '+447700900123'): Promise<SmsPhone> => {
    await running?.stop();
    running = await startApp({
      env: { CAREPREP_DB: file, TWILIO_AUTH_TOKEN: authToken, CAREPREP_PUBLIC_URL: publicUrl },
      overrides: { clock: () => new Date(now) },
    });
    return new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from });
  };
  const optedOut = (phone: SmsPhone): Promise<boolean> =>
    new SqlOptOutStore((running as RunningApp).app.db).isOptedOut(phone.from);

  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });
  after(() => tmp.cleanup());

  it('does not opt out again a number that sent START since', async () => {
    let phone = await start();
    await phone.text('STOP', { sid: 'SMreplayedstop0001' });
    await phone.text('START', { sid: 'SMreplayedstop0002' });
    expect(await optedOut(phone)).to.equal(false);

    now += 8 * day;
    phone = await start();
    expect(await count((running as RunningApp).app.db, 'processed_activities'), 'the week forgotten').to.equal(0);
    const replayed = await phone.text('STOP', { sid: 'SMreplayedstop0001' });
    expect(replayed.status).to.equal(200);
    expect(await optedOut(phone)).to.equal(false);
  });

  it('does not opt in again a number that sent STOP since', async () => {
    let phone = await start('+447700900456');
    await phone.text('STOP', { sid: 'SMreplayedstart001' });
    await phone.text('START', { sid: 'SMreplayedstart002' });
    await phone.text('STOP', { sid: 'SMreplayedstart003' });

    now += 30 * day;
    phone = await start('+447700900456');
    const replayed = await phone.text('START', { sid: 'SMreplayedstart002' });
    expect(replayed.status).to.equal(200);
    expect(replayed.messages).to.deep.equal([]);
    expect(await optedOut(phone)).to.equal(true);
    // A new START, under its own MessageSid, still opts the number back in.
    await phone.text('START', { sid: 'SMreplayedstart004' });
    expect(await optedOut(phone)).to.equal(false);
  });
});
