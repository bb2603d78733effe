import { expect } from 'chai';
import { SmsPhone } from '../channels/sms/smsPhone';
import { startApp, type RunningApp } from '../support/startApp';
import { tempDir } from '../support/tempDb';

const authToken = 'review26-digest-token';
const publicUrl = 'https://careprep.example.org';

/**
 * Review 26, finding: hardening26 (H263) writes the MessageSid's digest after the turn has run and
 * committed, and before its replies are sent (channels/sms/smsRoutes.ts, `sidDigests.remember`
 * between `turnTexts` and `reply`). When that one extra write fails, the text gets a 500: the turn
 * already ran and the ledger remembers it, so Twilio's retry is dropped as a duplicate and the
 * person never gets what the turn said, the urgent help included. The write is refused here by a
 * real trigger on the real sqlite table, as a full disk or a lock held too long would refuse it.
 */
describe('Review 26: the replay digest cannot be written after an SMS turn has run', function () {
  this.timeout(60_000);
  const tmp = tempDir();
  let running: RunningApp | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });
  after(() => tmp.cleanup());

  it('still sends the urgent help, at once or on Twilio retrying the same text', async () => {
    running = await startApp({
      env: { CAREPREP_DB: tmp.file(), TWILIO_AUTH_TOKEN: authToken, CAREPREP_PUBLIC_URL: publicUrl },
    });
    await running.app.db.write(
      "CREATE TRIGGER review26_refuse BEFORE INSERT ON sms_sid_digests BEGIN SELECT RAISE(ABORT, 'disk full'); END",
    );
    const phone = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: '+447700900778' });
    const said = 'I want to end my life tonight';

    const first = await phone.text(said, { sid: 'SMreview26digest0001' });
    const told = first.status === 200 ? first : await phone.text(said, { sid: 'SMreview26digest0001' });

    expect(told.status).to.equal(200);
    expect(told.messages.join(' '), `first answer ${first.status}`).to.match(/116 123/);
  });
});
