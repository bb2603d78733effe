/**
 * Explorer 29: Pat, 78, with COPD, back after two days away in the middle of her goal: "sorry who
 * is this" told her who Careprep is and then asked "How sure are you that you can do this" with no
 * word of where she was or which goal "this" is.
 */
import { expect } from 'chai';
import { onlyRecord } from '../support/onlyRecord';
import { appPerTest29, patToConfidence, Texter } from '../support/explorerPeople';

describe('Explorer 29 Pat by text: back after two days in the middle of her goal', () => {
  const app = appPerTest29();

  for (const words of ['sorry who is this', 'who is this?', 'who are you']) {
    it(`tells her where she was after "${words}" two days later`, async () => {
      const pat = new Texter(app.running);
      await pat.texts(patToConfidence);
      app.later(2 * 24 * 60);
      const heard = await pat.text(words);

      expect(heard.text).to.match(/Careprep/);
      expect(heard.text).to.match(/Welcome back\. You were on part 3 of 6: goals/);
      expect(heard.text).to.match(/being able to walk to the shops/);
      expect(heard.text).to.match(/How sure are you/);
      expect((await onlyRecord(app.running)).progress.current).to.equal('goal.1.confidence');
    });
  }

  it('gives no "welcome back" to "who is this?" asked a minute after the last answer', async () => {
    const pat = new Texter(app.running);
    await pat.texts(patToConfidence);
    app.later(1);
    const heard = await pat.text('who is this?');

    expect(heard.text).to.match(/Careprep/);
    expect(heard.text).to.not.match(/Welcome back/);
    expect(heard.text).to.match(/How sure are you/);
  });
});
