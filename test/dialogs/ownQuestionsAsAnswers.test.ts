/**
 * A question in the general "you", said as an answer, is the person's own (review22 finding 5): "what
 * do you do when the pain never stops" at "What is hard for you at the moment?" was taken for a
 * question to Careprep (`requests.ofUs`, c7f1779), answered "Sorry, I can't answer that" and not
 * noted. Only questions about Careprep itself (this chat, what it can do, whether it heard) are.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

describe('A question in the general "you" as an answer', () => {
  const fresh = freshAppPerTest('webchat');

  for (const words of [
    'what do you do when the pain never stops',
    'how do you know when your sugars are too high',
    'why do you feel so tired all the time with diabetes',
    'do you think anyone will ever understand me',
    'are you ever going to feel normal again',
  ]) {
    it(`notes "${words}" as what is hard`, async () => {
      const reply = await atQuestion(fresh.client, 'whatMatters.hard', words);

      expect(allText(reply)).to.not.match(/can't answer that/);
      expect(await storedValue(fresh.running, 'whatMatters.hard'), allText(reply)).to.equal(words);
    });
  }

  for (const words of ['are you a real person?', 'why do you need my details']) {
    it(`still notes nothing on "${words}", a question about Careprep`, async () => {
      const reply = await atQuestion(fresh.client, 'whatMatters.hard', words);

      expect(await storedValue(fresh.running, 'whatMatters.hard'), allText(reply)).to.equal(undefined);
    });
  }
});
