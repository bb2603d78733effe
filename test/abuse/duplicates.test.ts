import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { startApp } from '../support/startApp';
import { tempDir } from '../support/tempDb';
import { SmsPhone } from '../channels/sms/smsPhone';

describe('Abuse: resent and replayed deliveries', function () {
  this.timeout(30_000);

  it('does not process a Direct Line resend of the same client activity twice', async () => {
    const running = await startApp();
    try {
      const dl = await DirectLine.start(running.baseUrl);
      await dl.poll();
      const message = { type: 'message', text: 'Me, for myself', channelData: { clientActivityID: 'client-1' } };
      const first = await dl.post(message);
      await dl.poll();
      expect(dl.lastQuestion()).to.equal('subject.name');
      const again = await dl.post(message);
      expect(again.status).to.equal(200);
      const stream = await dl.poll();
      // Echoed, so Web Chat does not show "Send failed", but not answered: it was not taken as the name.
      expect(stream.some((a) => a.id === again.id && a.channelData?.clientActivityID === 'client-1')).to.equal(true);
      expect(stream.some((a) => a.replyToId === again.id)).to.equal(false);
      expect(first.id).to.not.equal(again.id);
    } finally {
      await running.stop();
    }
  });

  it('drops the resend after a restart too, when the page comes back in a new conversation', async () => {
    const tmp = tempDir();
    const env = { CAREPREP_DB: tmp.file() };
    let credential = '';
    const message = { type: 'message', text: 'Me, for myself', channelData: { clientActivityID: 'client-9' } };
    try {
      const before = await startApp({ env });
      try {
        const dl = await DirectLine.start(before.baseUrl);
        credential = dl.credential;
        await dl.poll();
        await dl.post(message);
        await dl.poll();
        expect(dl.lastQuestion()).to.equal('subject.name');
      } finally {
        await before.stop();
      }
      const after = await startApp({ env });
      try {
        const dl = await DirectLine.start(after.baseUrl, credential);
        await dl.poll();
        const resent = await dl.post(message);
        expect(resent.status).to.equal(200);
        expect((await dl.poll()).some((a) => a.replyToId === resent.id)).to.equal(false);
        await dl.say('Sam');
        await dl.poll();
        expect(dl.lastQuestion()).to.not.equal('subject.name');
      } finally {
        await after.stop();
      }
    } finally {
      tmp.cleanup();
    }
  });

  it('drops a replayed signed START after a later STOP, so the number stays opted out', async () => {
    const authToken = 'replay-test-token';
    const publicUrl = 'https://careprep.example.org';
    const running = await startApp({ env: { TWILIO_AUTH_TOKEN: authToken, CAREPREP_PUBLIC_URL: publicUrl } });
    try {
      const phone = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl });
      await phone.text('STOP', { sid: 'SMstop1' });
      expect((await phone.text('START', { sid: 'SMstart1' })).messages).to.have.length(1);
      await phone.text('STOP', { sid: 'SMstop2' });
      const replayed = await phone.text('START', { sid: 'SMstart1' });
      expect(replayed.status).to.equal(200);
      expect(replayed.messages).to.deep.equal([]);
      expect((await phone.text('hello')).messages).to.deep.equal([]);
    } finally {
      await running.stop();
    }
  });
});
