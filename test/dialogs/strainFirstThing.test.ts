/**
 * H442: "I'm exhausted and I can't cope" as the very first message got only "I have not noted what
 * you wrote yet": her strain went unacknowledged. Who is answering is not known yet, so nothing is
 * kept or offered; she is told kindly, and where to say it again. Other first messages as before.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';
import { smsService } from '../channels/sms/smsService';

const kindly = /sorry things are so hard for you[\s\S]*not noted it yet[\s\S]*part about you later/;
const plainly = /I have not noted what you wrote yet/;

describe('Strain said first thing, on Web Chat (H442)', function () {
  this.timeout(60_000);
  const fresh = freshAppPerTest('webchat', 'http');

  for (const first of [
    "I'm exhausted and I can't cope",
    'I cant cope',
    "honestly I'm at the end of my tether, I look after my mum",
  ]) {
    it(`acknowledges "${first}" kindly, notes nothing, and asks who is answering`, async () => {
      const reply = await fresh.client.say(first);
      expect(allText(reply)).to.match(kindly);
      expect(allText(reply)).to.not.match(plainly);
      expect(lastQuestion(reply)).to.equal('respondent.type');
      const saved = await onlyRecord(fresh.running);
      expect(saved.answers).to.deep.equal({});
      expect(saved.flags).to.deep.equal([]);
    });
  }

  const asBefore: Array<[string, RegExp | undefined]> = [
    ["I'm doing this for my dad who has dementia", plainly],
    ["my mum can't cope with the stairs any more", plainly],
    ['hello', undefined],
  ];
  for (const [first, told] of asBefore) {
    it(`answers "${first}" as before`, async () => {
      const reply = allText(await fresh.client.say(first));
      expect(reply).to.not.match(kindly);
      if (told) expect(reply).to.match(told);
      else expect(reply).to.not.match(plainly);
    });
  }
});

describe('Strain said first thing, by SMS (H442)', function () {
  this.timeout(60_000);
  const sms = smsService('carers30-first-token');

  it('acknowledges "Im exhausted and I cant cope" kindly within two texts, and asks who is answering', async () => {
    const reply = await sms.texts(['Im exhausted and I cant cope']);
    expect(reply).to.match(/sorry things are so hard for you[\s\S]*not noted it yet/);
    expect(reply).to.match(/who is answering today/);
  });
});
