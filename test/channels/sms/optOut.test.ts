import { expect } from 'chai';
import { loadConfig } from '../../../bot/config';
import { silentLogger } from '../../../bot/logger';
import { TwilioClient } from '../../../channels/sms/twilioClient';
import { SqlOptOutStore } from '../../../storage/optOutStore';
import { startApp, type RunningApp } from '../../support/startApp';
import { startFakeTwilioApi } from './fakeTwilioApi';
import { SmsPhone } from './smsPhone';

const authToken = 'opt-out-test-token';
const publicUrl = 'https://careprep.example.org';

describe('SMS opt-out', () => {
  let running: RunningApp;
  let fake: Awaited<ReturnType<typeof startFakeTwilioApi>>;
  let phone: SmsPhone;
  let client: TwilioClient;

  beforeEach(async () => {
    fake = await startFakeTwilioApi();
    const env = {
      TWILIO_AUTH_TOKEN: authToken,
      TWILIO_ACCOUNT_SID: 'ACtest0001',
      TWILIO_FROM: '+441632960000',
      TWILIO_API_URL: fake.url,
      CAREPREP_PUBLIC_URL: publicUrl,
    };
    running = await startApp({ env });
    phone = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl });
    const config = loadConfig({ CAREPREP_DB: running.dbPath, ...env });
    client = new TwilioClient(config.twilio, new SqlOptOutStore(running.app.db), silentLogger);
  });
  afterEach(async () => {
    await running.stop();
    await fake.close();
  });

  it('sends a reminder through Twilio’s REST API, form-encoded with basic auth', async () => {
    const result = await client.send(phone.from, 'Reminder');
    expect(result).to.deep.equal({ ok: true, sid: `SM${'1'.padStart(32, '0')}` });
    expect(fake.requests).to.have.length(1);
    const [request] = fake.requests;
    expect(request.method).to.equal('POST');
    expect(request.path).to.equal('/2010-04-01/Accounts/ACtest0001/Messages.json');
    expect(request.authorization).to.equal(`Basic ${Buffer.from(`ACtest0001:${authToken}`).toString('base64')}`);
    expect(request.form).to.deep.equal({ To: phone.from, From: '+441632960000', Body: 'Reminder' });
  });

  for (const keyword of ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'stop', ' Stop. ']) {
    it(`refuses to send anything after "${keyword}" until START`, async () => {
      await phone.text(keyword);
      expect(await client.send(phone.from, 'Reminder')).to.deep.equal({ ok: false, code: 'opted_out' });
      expect(fake.requests).to.have.length(0);
      await phone.text('START');
      expect((await client.send(phone.from, 'Reminder')).ok).to.equal(true);
      expect(fake.requests).to.have.length(1);
    });
  }

  it('treats STOP inside a sentence as an answer, not an opt-out', async () => {
    await phone.text('hi');
    await phone.text('I cannot stop worrying');
    expect((await client.send(phone.from, 'Reminder')).ok).to.equal(true);
  });

  it('keeps one number’s opt-out from affecting another number', async () => {
    const other = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: '+447700900999' });
    await other.text('STOP');
    expect((await client.send(phone.from, 'Reminder')).ok).to.equal(true);
  });

  it('stores the opt-out in sqlite without the number in clear', async () => {
    await phone.text('STOP');
    const store = new SqlOptOutStore(running.app.db);
    expect(await store.isOptedOut(phone.from)).to.equal(true);
    const rows = await running.app.db.all('SELECT identity FROM sms_opt_outs');
    expect(JSON.stringify(rows)).not.to.include(phone.from.slice(1));
  });
});
