/**
 * Explorer 29: "all" at a mood question ("…bothered by feeling down…?") was answered "Thanks, I've
 * noted what you said" and kept as her words: a mood question needs a yes or a no, and "all" (of
 * the time? all of it?) is unclear. It is asked again, kindly, and nothing is noted (H387).
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

describe('Fixing explorer 29: a word that answers no yes or no at a mood question', () => {
  const app = freshAppPerTest('webchat');

  for (const [key, words] of [
    ['mood.down', 'all'],
    ['mood.down', 'All.'],
    ['mood.interest', 'all'],
    ['mood.down', 'both'],
    ['mood.interest', 'everything'],
  ] as const) {
    it(`notes nothing for "${words}" said twice at ${key} and asks it again`, async () => {
      const answers = key === 'mood.interest' ? { ...plainPersonAnswers, 'mood.down': 'no' } : plainPersonAnswers;
      const first = await atQuestion(app.client, key, words, answers);
      expect(lastQuestion(first), allText(first)).to.equal(key);
      const reply = await app.client.say(words);

      expect(allText(reply)).to.not.match(/noted what you said/);
      expect((await onlyRecord(app.running)).answers[key], allText(reply)).to.equal(undefined);
      expect(lastQuestion(reply)).to.equal(key);
    });
  }

  for (const [words, value] of [
    ['all the time', true],
    ['yes all of it', true],
    ['no', false],
  ] as const) {
    it(`still notes "${words}" at mood.down`, async () => {
      const reply = await atQuestion(app.client, 'mood.down', words);

      expect((await onlyRecord(app.running)).answers['mood.down']?.value, allText(reply)).to.equal(value);
    });
  }
});
