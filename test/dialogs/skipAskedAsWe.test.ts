/**
 * Review 28: "can we" and "could we" were added to the openings of a question asked back at a
 * name question (dialog 28), so "can we skip this" there was answered "Good question. I have not
 * noted that as the answer…" and the name asked again, while "can I skip this" skipped it. Through
 * the real bot, as a carer at the question about the person's name and as a person at a goal.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { samForRon } from '../support/carerScripts';
import { storedValue } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

describe('Review 28: "can we skip this" skips, as "can I skip this" does, on webchat', () => {
  const app = freshAppPerTest('webchat');

  for (const said of ['can we skip this', 'could we skip this', 'can we skip this please', 'can I skip this']) {
    it(`leaves the name unasked on "${said}"`, async () => {
      const reply = await atQuestion(app.client, 'subject.name', said, samForRon);

      expect(allText(reply)).to.not.match(/Good question/);
      expect(lastQuestion(reply), allText(reply)).to.not.equal('subject.name');
      expect((await storedValue(app.running, 'subject.name')) ?? null).to.equal(null);
    });
  }

  // A question asked back with "can we" is still answered as one, never kept as the name.
  it('still answers "can we not use her name?" with why it is asked', async () => {
    const reply = await atQuestion(app.client, 'subject.name', 'can we not use her name?', samForRon);

    expect(await storedValue(app.running, 'subject.name')).to.equal(undefined);
    expect(lastQuestion(reply), allText(reply)).to.equal('subject.name');
  });
});
