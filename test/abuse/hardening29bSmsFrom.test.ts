import { expect } from 'chai';
import { SmsPhone } from '../channels/sms/smsPhone';
import { smsService } from '../channels/sms/smsService';
import type { RunningApp } from '../support/startApp';

const authToken = 'hardening29b-token';

/** Every table's row count: what the service has stored. */
async function rowCounts(running: RunningApp): Promise<Record<string, number>> {
  const tables = await running.app.db.all("SELECT name FROM sqlite_master WHERE type = 'table'");
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await running.app.db.all(`SELECT COUNT(*) AS n FROM "${String(name)}"`);
    counts[String(name)] = Number(row.n);
  }
  return counts;
}

/**
 * Hardening 29b (H376): a validly signed webhook whose From was not a phone number (`client:alice`,
 * an emoji) started a conversation, kept under a key made from whatever it said. Twilio sends an SMS's
 * sender as a phone number in E.164 form (`+` and up to 15 digits); anything else is refused with
 * 400, before a conversation starts or anything is stored.
 */
describe('Abuse (hardening 29b): an SMS from something that is not a phone number', function () {
  this.timeout(60_000);
  const sms = smsService(authToken);
  const from = (sender: string): SmsPhone =>
    new SmsPhone({
      baseUrl: sms.running().baseUrl,
      authToken,
      publicUrl: 'https://careprep.example.org',
      from: sender,
    });

  const notNumbers = [
    'client:alice',
    '😀',
    'whatsapp:+447700900123',
    '447700900123',
    '+44 7700 900123',
    '+0447700900123',
    '+4477009001234567',
    '+44770090012a',
    'Careprep',
    ' +447700900123',
  ];
  for (const sender of notNumbers)
    it(`refuses From ${JSON.stringify(sender)} with 400 and stores nothing`, async () => {
      const before = await rowCounts(sms.running());
      const posted = await from(sender).text('hello');
      expect(posted.status).to.equal(400);
      expect(posted.raw).to.match(/phone number/i);
      expect(await rowCounts(sms.running())).to.deep.equal(before);
    });

  for (const sender of ['+447700900123', '+14155550100', '+3534567890'])
    it(`still starts a conversation for ${sender}`, async () => {
      const posted = await from(sender).text('hello');
      expect(posted.status).to.equal(200);
      expect(posted.messages.join('\n')).to.match(/Careprep/);
    });
});
