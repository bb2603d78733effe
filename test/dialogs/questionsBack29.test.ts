/**
 * Explorer 29, neighbours of Amira's "the answer from two questions ago": by text, from a carer,
 * at questions asking for words and for a yes or no; and everyday words with a count of questions
 * in them, still noted as the answer.
 */
import { expect } from 'chai';
import { storedValue } from '../support/onlyRecord';
import { appPerTest29, leeToWouldLikeTo, Texter } from '../support/explorerPeople';

describe('Explorer 29 questions back: Lee by text, answering for his mum', () => {
  const app = appPerTest29();

  for (const words of [
    'can i change the answer from 2 questions ago',
    'go back 2 questions pls',
    'change the one before last',
  ]) {
    it(`asks what is going well for Mum again after "${words}", noting nothing`, async () => {
      const lee = new Texter(app.running);
      await lee.texts(leeToWouldLikeTo);
      const heard = await lee.text(words);

      expect(await storedValue(app.running, 'whatMatters.wouldLikeTo'), heard.text).to.equal(undefined);
      expect(heard.text).to.match(/What is going well for Mum/);
    });
  }

  it('notes "the nurse asked me three questions about her memory" as what Mum would like to do', async () => {
    const lee = new Texter(app.running);
    await lee.texts(leeToWouldLikeTo);
    const heard = await lee.text('the nurse asked me three questions about her memory');

    expect(await storedValue(app.running, 'whatMatters.wouldLikeTo'), heard.text).to.match(/three questions/);
  });
});

describe('Explorer 29 questions back: Pat by text at "another goal?"', () => {
  const app = appPerTest29();
  const toAnother = ['hi', '1', 'Pat', 'copd', 'family', 'skip', 'skip', 'skip', 'skip', 'skip'];
  const goal = ['walk to the shops', '8', 'a bit further each day', 'the cold', '8'];

  it('asks how sure she is again after "go back 1 question", noting no yes or no', async () => {
    const pat = new Texter(app.running);
    await pat.texts([...toAnother, ...goal]);
    const heard = await pat.text('go back 1 question');

    expect(await storedValue(app.running, 'goal.1.another'), heard.text).to.equal(undefined);
    expect(heard.text).to.match(/How sure are you/);
  });
});
