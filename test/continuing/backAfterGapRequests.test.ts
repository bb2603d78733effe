/**
 * Explorer 29 (H393, left open): back two days later in the middle of her goal, Pat's "what does
 * that mean?" (help) and "show my plan" were answered and then the question asked bare, with no
 * word of where she was or which goal "this" is. Now they end with the recap, as a request answered
 * after a gap does; a minute after her last answer, as before, with no "welcome back".
 */
import { expect } from 'chai';
import { onlyRecord } from '../support/onlyRecord';
import { appPerTest29, patToConfidence, Texter } from '../support/explorerPeople';

describe('Fixing H393: help and "show my plan" after two days away', () => {
  const app = appPerTest29();

  for (const words of ['what does that mean?', 'what does this mean', 'show my plan']) {
    it(`ends "${words}" two days later with where she was and the question`, async () => {
      const pat = new Texter(app.running);
      await pat.texts(patToConfidence);
      app.later(2 * 24 * 60);
      const heard = await pat.text(words);

      expect(heard.text).to.match(/Welcome back\. You were on part 3 of 6: goals[\s\S]*How sure are you/);
      expect(heard.text).to.match(/being able to walk to the shops/);
      expect((await onlyRecord(app.running)).progress.current).to.equal('goal.1.confidence');
    });
  }

  for (const words of ['what does that mean?', 'show my plan']) {
    it(`gives no "welcome back" to "${words}" a minute after her last answer`, async () => {
      const pat = new Texter(app.running);
      await pat.texts(patToConfidence);
      app.later(1);
      const heard = await pat.text(words);

      expect(heard.text).to.not.match(/Welcome back/);
      expect(heard.text).to.match(/How sure are you/);
    });
  }
});
