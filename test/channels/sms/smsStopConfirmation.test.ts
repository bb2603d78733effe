/**
 * After STOP, "I have taken all my tablets" gets nothing: an opted-out number is not processed, and
 * carriers block replies to it (explore 22b, finding 2). The one text that comes after STOP, the
 * confirmation to STOP itself, says where to get help now; nothing is sent after it (H129, H14).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'chai';
import { loadCatalogue } from '../../../content/catalogue';
import { gsm7Length, isGsm7 } from '../../../content/gsm7';
import { createRenderer } from '../../../content/renderer';
import { onlyRecord } from '../../support/onlyRecord';
import { smsService } from './smsService';

const confirmation = createRenderer(loadCatalogue()).text('sms.stopped', {}, 'sms');

describe('SMS: the confirmation of STOP', () => {
  const sms = smsService('sms-stop-confirmation-token');

  for (const keyword of ['STOP', 'stop', 'UNSUBSCRIBE', 'QUIT']) {
    it(`answers "${keyword}" with one text that says where to get help now and how to start again`, async () => {
      await sms.texts(['hi', '1', 'Jean']);
      const stop = await sms.phone().text(keyword);

      expect(stop.messages).to.deep.equal([confirmation]);
      for (const help of [/999/, /111, option 2/, /116 123/, /not read by a person/, /START/])
        expect(stop.messages[0]).to.match(help);
    });
  }

  it('fits the confirmation in one GSM-7 text', () => {
    expect(isGsm7(confirmation)).to.equal(true);
    expect(gsm7Length(confirmation)).to.be.at.most(160);
  });

  it('still answers nothing after STOP, and keeps nothing of what was said', async () => {
    await sms.texts(['hi', '1', 'Jean', '1', 'STOP']);
    const before = await onlyRecord(sms.running());
    const after = await sms.phone().text('I have taken all my tablets');

    expect(after.messages).to.deep.equal([]);
    expect(await onlyRecord(sms.running())).to.deep.equal(before);
  });

  it('names the same words in the README for the opt-out confirmation Twilio sends', () => {
    expect(readFileSync('README.md', 'utf8')).to.include(confirmation);
  });
});
