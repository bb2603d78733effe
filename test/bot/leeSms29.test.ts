/**
 * Explorer 29: Lee, texting for his mum, who has dementia. After STOP and then START ("Text anything
 * to carry on where you left off"), the next thing he texted ("her church") was noted as his answer
 * to a question he was last shown before STOP, and "ok" was answered with no question at all.
 */
import { expect } from 'chai';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { appPerTest29, leeToWouldLikeTo as toWouldLikeTo, Texter } from '../support/explorerPeople';

describe('Explorer 29 Lee by text: STOP, then START, then an answer', () => {
  const app = appPerTest29();

  // fixexp29: the START reply itself shows where he is and the question waiting, so the next text
  // answers a question he has just seen (before, "Text anything to carry on" showed none).
  it('shows "Welcome back", where he is, and the question waiting in the reply to START', async () => {
    const lee = new Texter(app.running);
    await lee.texts(toWouldLikeTo);
    await lee.text('STOP');
    const heard = await lee.text('START');

    expect(heard.text).to.match(/Welcome back\. You were on part/);
    expect(heard.text).to.match(/What would Mum like to be able to do/);
    expect(await storedValue(app.running, 'whatMatters.wouldLikeTo')).to.equal(undefined);
  });

  it('notes "her church", sent after the question was shown again at START', async () => {
    const lee = new Texter(app.running);
    await lee.texts(toWouldLikeTo);
    await lee.texts(['STOP', 'START']);
    const heard = await lee.text('her church');

    expect(await storedValue(app.running, 'whatMatters.wouldLikeTo'), heard.text).to.equal('her church');
    expect(heard.text).to.not.match(/Welcome back/);
  });

  it('asks again, noting nothing, after "ok" sent once START showed the question', async () => {
    const lee = new Texter(app.running);
    await lee.texts(toWouldLikeTo);
    await lee.texts(['STOP', 'START']);
    const heard = await lee.text('ok');

    expect(await storedValue(app.running, 'whatMatters.wouldLikeTo'), heard.text).to.equal(undefined);
    expect(heard.text).to.match(/not noted/);
    expect((await onlyRecord(app.running)).progress.current).to.equal('whatMatters.wouldLikeTo');
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
