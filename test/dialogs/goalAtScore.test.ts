/**
 * Explorer 29: Amira's "run a 5k", said at "How important is this goal to you, from 0 to 10?", was
 * answered "That number is outside 0 to 10": a goal said at a number question is no number (5000),
 * and she was told off for a number she never gave. It is asked for kindly, with nothing noted (H388).
 */
import { expect } from 'chai';
import { storedValue } from '../support/onlyRecord';
import { amiraToImportance, appPerTest29, Texter, WebChatter } from '../support/explorerPeople';

describe('Fixing explorer 29: a goal said at a 0 to 10 question', () => {
  const app = appPerTest29();

  for (const words of [
    'run a 5k',
    'run a 10K',
    'do 10000 steps a day',
    'walk 5km every morning',
    'swim 20 lengths',
    'walk 3 times a week',
    'lose 5 pounds',
  ]) {
    it(`notes no score and asks kindly for 0 to 10 after "${words}"`, async () => {
      const amira = await WebChatter.open(app.running);
      await amira.sayAll(amiraToImportance);
      const heard = await amira.say(words);

      expect(await storedValue(app.running, 'goal.1.importance'), heard.text).to.equal(undefined);
      expect(heard.text).to.not.match(/outside 0 to 10/);
      expect(heard.text).to.match(/not noted/i);
      expect(heard.text).to.match(/0 to 10/);
      expect(heard.linkId).to.equal('goal.1.importance');
    });
  }

  it('asks kindly by text too', async () => {
    const pat = new Texter(app.running);
    await pat.texts([
      'hi',
      '1',
      'pat',
      'copd',
      'my grandaughter',
      'skip',
      'skip',
      'skip',
      'skip',
      'skip',
      'walk to the shops',
    ]);
    const heard = await pat.text('walk 2k to the shops');

    expect(heard.text).to.not.match(/Please pick a number from 0 to 10\.$/);
    expect(heard.text).to.match(/not noted/i);
  });

  for (const [words, score] of [
    ['7', 7],
    ['8 i think', 8],
    ['about 6', 6],
    ['10!', 10],
    ['7, i want to walk more', 7],
    ['6 out of 10', 6],
  ] as const) {
    it(`still notes ${score} from "${words}"`, async () => {
      const amira = await WebChatter.open(app.running);
      await amira.sayAll(amiraToImportance);
      const heard = await amira.say(words);

      expect(await storedValue(app.running, 'goal.1.importance'), heard.text).to.equal(score);
    });
  }

  it('still says "outside 0 to 10" to "11"', async () => {
    const amira = await WebChatter.open(app.running);
    await amira.sayAll(amiraToImportance);
    const heard = await amira.say('11');

    expect(heard.text).to.match(/outside 0 to 10/);
  });
});
