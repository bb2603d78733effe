/**
 * Explorer 29: Lee, texting for his mum, who has dementia. After STOP and then START ("Text anything
 * to carry on where you left off"), the next thing he texted ("her church") was noted as his answer
 * to a question he was last shown before STOP, and "ok" was answered with no question at all.
 */
import { expect } from 'chai';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { appPerTest29, leeToWouldLikeTo as toWouldLikeTo, Texter } from './people29';

describe('Explorer 29 Lee by text: STOP, then START, then an answer', () => {
  const app = appPerTest29();

  for (const words of ['her church', 'ok', 'carry on please']) {
    it(`does not note "${words}", the first text after START, as the answer to the question asked before STOP`, async () => {
      const lee = new Texter(app.running);
      await lee.texts(toWouldLikeTo);
      await lee.text('STOP');
      await lee.text('START');
      const heard = await lee.text(words);

      expect(await storedValue(app.running, 'whatMatters.wouldLikeTo'), heard.text).to.equal(undefined);
      expect(heard.text).to.match(/What would Mum like to be able to do/);
    });
  }

  it('notes it once he says yes, it was the answer', async () => {
    const lee = new Texter(app.running);
    await lee.texts(toWouldLikeTo);
    await lee.texts(['STOP', 'START', 'her church']);
    const heard = await lee.text('yes');

    expect(await storedValue(app.running, 'whatMatters.wouldLikeTo'), heard.text).to.equal('her church');
  });

  it('takes the next text as the answer when START was sent without a STOP before it', async () => {
    const lee = new Texter(app.running);
    await lee.texts(toWouldLikeTo);
    await lee.text('START');
    const heard = await lee.text('her church');

    expect(await storedValue(app.running, 'whatMatters.wouldLikeTo'), heard.text).to.equal('her church');
    expect((await onlyRecord(app.running)).progress.paused).to.equal(false);
  });
});
