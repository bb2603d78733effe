import { expect } from 'chai';
import { smsService } from '../channels/sms/smsService';
import { replyOf } from '../support/crisisReplies';

/**
 * H520: a text of 1,600 U+FDFA (Twilio's longest text) is 28,800 characters as NFKC reads it, and
 * SMS had no too-long path: each such text held the service for its whole turn (0.8 s). A text whose
 * reading is over four times the longest text is now told kindly it could not be read, with where
 * to get help, and screened for a crisis only, as Web Chat's too-long messages are (H487).
 */
describe('Abuse: an SMS that NFKC makes many times longer (H520)', function () {
  this.timeout(60_000);
  const sms = smsService('sms-expanding-token');
  const toWhatMatters = ['hi', '1', 'Jean', '1'];

  it('tells a text of 1,600 U+FDFA kindly that it could not be read, with 999, and asks the question again after', async () => {
    await sms.texts(toWhatMatters);
    const reply = await sms.texts(['\uFDFA'.repeat(1_600)]);
    expect(reply)
      .to.match(/too long/i)
      .and.match(/999/);
    // Not taken as an answer: the question waiting is answered by the next text.
    expect(reply).to.not.match(/noted/i);
    expect(await sms.texts(['family'])).to.match(/noted/i);
  });

  it('still gives the 999 reply to an overdose told inside such a text', async () => {
    await sms.texts(toWhatMatters);
    const reply = await sms.texts([
      `${'\uFDFA'.repeat(800)} I have taken 40 paracetamol an hour ago. ${'\uFDFA'.repeat(700)}`,
    ]);
    expect(reply).to.match(/too long/i);
    expect(reply).to.match(replyOf.medical);
  });

  it('reads a text with one such ligature in it as ever', async () => {
    const reply = await sms.texts(['hi', `1`, 'Sami \uFDFA']);
    expect(reply).to.not.match(/too long/i);
  });
});
