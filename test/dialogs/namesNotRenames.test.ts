/**
 * Words about a name that give no new one (review22 findings 3, 4): "my name is wrong" renamed
 * Sam to "Wrong" (4fc2b42, `notAName`), and a carer's "his name is Tom" at "Who helps and supports
 * Jean?" made Tom the person the plan is about (`renamePerson`), where it names the helper; and
 * "my friends call me every day" renamed Sam to "Every Day" once "my friends call me" gave a name.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { carerAnswers } from '../support/resultsChat';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

describe('Words about a name that give no new one', () => {
  const fresh = freshAppPerTest('webchat');

  for (const [at, words] of [
    ['review.change', 'my name is wrong'],
    ['review.change', 'my name is spelt wrong'],
    ['whatMatters.hard', 'my name is wrong'],
    ['whatMatters.hard', 'my name is not right'],
    ['whatMatters.hard', 'my name is incorrect'],
    // "Call me" as in ringing (merging fixnames22's "my friends call me"): a time is no name.
    ['whatMatters.support', 'my friends call me every day'],
    ['whatMatters.support', 'my family call me most evenings'],
    ['whatMatters.hard', 'people call me twice a week'],
  ] as const) {
    it(`keeps the name Sam on "${words}" at ${at}`, async () => {
      const reply = await atQuestion(fresh.client, at, words);

      expect(allText(reply)).to.not.match(/changed your name/);
      expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Sam');
    });
  }

  it('keeps Jean as the person when a carer names who helps her ("his name is Tom")', async () => {
    const reply = await atQuestion(fresh.client, 'whatMatters.support', 'his name is Tom', carerAnswers);

    expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Jean');
    expect(allText(reply)).to.not.match(/questions are about Tom/);
  });

  it('still renames Jean on "her name is Jeanie" at a question about her', async () => {
    const reply = await atQuestion(fresh.client, 'whatMatters.hard', 'her name is Jeanie', carerAnswers);

    expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Jeanie');
  });
});
