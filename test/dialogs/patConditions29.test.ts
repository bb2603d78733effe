/**
 * Explorer 29: Pat, 78, with COPD, texting slowly with typos, in whole sentences that carry two
 * answers at once: "i have copd and my hert isnt great either" kept "isnt great either" as a
 * condition in her own words.
 */
import { expect } from 'chai';
import { storedValue } from '../support/onlyRecord';
import { appPerTest29, Texter } from '../support/explorerPeople';

describe('Explorer 29 Pat by text: how a condition is, said with it, is not a condition', () => {
  const app = appPerTest29();

  for (const [words, expected] of [
    ['i have copd and my hert isnt great either', ['copd', 'heart']],
    ['copd and my heart is not good', ['copd', 'heart']],
    ["COPD, and my heart isn't great", ['copd', 'heart']],
    ['copd and my sugar is playing up', ['copd', 'diabetes']],
    ['copd, and her hert isnt great lately', ['copd', 'heart']],
  ] as const) {
    it(`notes ${expected.join(' and ')} and no words of her own from "${words}"`, async () => {
      const pat = new Texter(app.running);
      const heard = await pat.texts(['hi', '1', 'Pat', words]);

      expect(await storedValue(app.running, 'conditions'), heard.text).to.deep.equal(expected);
      expect(await storedValue(app.running, 'conditions.other'), heard.text).to.equal(undefined);
    });
  }

  for (const [words, own] of [
    ['copd and not being able to get out', 'not being able to get out'],
    ['copd and a good deal of pain in my hands', 'a good deal of pain in my hands'],
  ] as const) {
    it(`still keeps "${own}" from "${words}" in her own words`, async () => {
      const pat = new Texter(app.running);
      const heard = await pat.texts(['hi', '1', 'Pat', words]);

      expect(String(await storedValue(app.running, 'conditions.other')), heard.text).to.contain(own);
    });
  }
});
