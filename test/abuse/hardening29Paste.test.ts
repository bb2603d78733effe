import { expect } from 'chai';
import { chatAtFirstQuestion, crisisWords, pasteAround, untilQuiet } from '../support/longPaste';

const decided = ' I have decided to end my life tonight. I have the tablets ready. ';

/**
 * Hardening 29 (H320, H370): of a Web Chat paste over 20,000 characters only the first and last
 * 10,000 were screened, so a disclosure in its middle got the kind "too long" answer and nothing
 * else. The whole text is now screened, in overlapping windows.
 */
describe('Abuse (hardening 29): a disclosure in the middle of a long paste', function () {
  this.timeout(120_000);
  const chat = chatAtFirstQuestion();

  const disclosures = [
    // 200,000 characters with the disclosure: the most screened whole (H377).
    ['in the middle of a 200,000-character paste', pasteAround(200_000 - decided.length, decided)],
    // Of a paste over 200,000 characters only its first and last 10,000 are screened (H377, hardening29bPasteCap).
    ['in the first lines of a 900,000-character paste', pasteAround(900_000, decided, 5_000)],
    [
      'by a carer 60,000 characters into a 100,000-character paste',
      pasteAround(100_000, ' My husband says he is going to kill himself tonight. ', 60_000),
    ],
    [
      'in text-speak 40,000 characters into a 50,000-character paste',
      pasteAround(50_000, ' gonna kms 2nite cant do this anymore ', 40_000),
    ],
    ['just after 10,000 characters of a 25,000-character paste', pasteAround(25_000, decided, 10_050)],
  ] as const;
  for (const [where, text] of disclosures) {
    it(`gives the crisis reply to a disclosure ${where}`, async () => {
      const posted = await chat.line.say(text);
      const told = await untilQuiet(chat.line);

      expect(posted.status).to.equal(200);
      expect(told).to.match(/too long/i);
      expect(told).to.match(crisisWords);
    });
  }

  const calm = [
    ['a cup of tea wanted', ' I could kill for a cup of tea after the bus ride. '],
    ['a phone that died', ' My phone died in the middle of the call so I rang back later. '],
  ] as const;
  for (const [what, words] of calm) {
    it(`gives only the too-long answer to ${what} in the middle of a 300,000-character paste`, async () => {
      const before = chat.line.lastQuestion();
      const posted = await chat.line.say(pasteAround(300_000, words));
      const told = await untilQuiet(chat.line);

      expect(posted.status).to.equal(200);
      expect(told).to.match(/too long/i);
      expect(told).to.not.match(crisisWords);
      expect(chat.line.lastQuestion()).to.equal(before);
    });
  }
});
