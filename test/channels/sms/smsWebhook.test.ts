import { expect } from 'chai';
import * as twilio from 'twilio/lib/webhooks/webhooks';
import { startApp, type RunningApp } from '../../support/startApp';
import { SmsPhone } from './smsPhone';

const authToken = 'webhook-test-token';
const publicUrl = 'https://careprep.example.org';

describe('SMS webhook (POST /api/sms)', () => {
  let running: RunningApp;
  let phone: SmsPhone;

  beforeEach(async () => {
    running = await startApp({ env: { TWILIO_AUTH_TOKEN: authToken, CAREPREP_PUBLIC_URL: publicUrl } });
    phone = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl });
  });
  afterEach(() => running.stop());

  it('answers a signed text with TwiML as text/xml', async () => {
    const result = await phone.text('hi');
    expect(result.status).to.equal(200);
    expect(result.contentType).to.match(/^text\/xml/);
    expect(result.raw).to.match(/^<\?xml version="1.0" encoding="UTF-8"\?><Response><Message>/);
    expect(result.messages[0]).to.match(/Careprep/);
  });

  it('refuses a text with no signature with 403', async () => {
    expect((await phone.text('hi', { signature: null })).status).to.equal(403);
  });

  it('refuses a text with a wrong signature with 403', async () => {
    const forged = twilio.getExpectedTwilioSignature('not-the-token', `${publicUrl}/api/sms`, phone.params('hi'));
    expect((await phone.text('hi', { signature: forged })).status).to.equal(403);
  });

  it('refuses a text signed for another URL with 403', async () => {
    expect((await phone.text('hi', { signedUrl: 'https://other.example.org/api/sms' })).status).to.equal(403);
  });

  it('refuses a signed text whose body was changed on the way with 403', async () => {
    const params = phone.params('1');
    const signature = twilio.getExpectedTwilioSignature(authToken, `${publicUrl}/api/sms`, params);
    expect((await phone.post({ ...params, Body: '2' }, { signature })).status).to.equal(403);
  });

  it('refuses every text when no auth token is configured', async () => {
    await running.stop();
    running = await startApp({ env: { CAREPREP_PUBLIC_URL: publicUrl } });
    const unsigned = new SmsPhone({ baseUrl: running.baseUrl, authToken: '', publicUrl });
    expect((await unsigned.text('hi')).status).to.equal(403);
  });

  it('escapes the person’s own words in the TwiML', async () => {
    await phone.text('hi');
    await phone.text('1');
    const result = await phone.text('Sam & <Jo>');
    expect(result.raw).to.include('Sam &#38; &#60;Jo&#62;');
    expect(result.messages[0]).to.include('Sam & <Jo>');
  });

  it('does not advance the conversation for a MessageSid already processed', async () => {
    await phone.text('hi');
    const first = await phone.text('1', { sid: 'SMduplicate0001' });
    expect(first.messages.join('\n')).to.match(/call you/);
    const again = await phone.text('2', { sid: 'SMduplicate0001' });
    expect(again.status).to.equal(200);
    expect(again.messages).to.deep.equal([]);
    const next = await phone.text('Sam');
    expect(next.messages.join('\n')).to.match(/Nice to meet you, Sam/);
  });

  it('answers HELP with what this is and how to stop, before the conversation', async () => {
    await phone.text('hi');
    const help = await phone.text('HELP');
    expect(help.messages).to.have.length(1);
    expect(help.messages[0])
      .to.match(/Careprep/)
      .and.to.match(/STOP/);
    const next = await phone.text('1');
    expect(next.messages.join('\n')).to.match(/call you/);
  });

  it('replies to STOP with its confirmation alone, which says where to get help now (H129)', async () => {
    await phone.text('hi');
    const stop = await phone.text('STOP');
    expect(stop.status).to.equal(200);
    expect(stop.messages).to.have.length(1);
    expect(stop.messages[0]).to.match(/999/).and.to.match(/START/);
  });

  it('answers nothing from an opted-out number until START', async () => {
    await phone.text('hi');
    await phone.text('stop');
    expect((await phone.text('1')).messages).to.deep.equal([]);
    const start = await phone.text('START');
    expect(start.messages[0]).to.match(/again/);
    expect((await phone.text('1')).messages.join('\n')).to.match(/call you/);
  });
});
