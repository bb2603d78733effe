/**
 * Questions about the service asked at a question, as new users ask them. Found trying the bot as
 * new users.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

/** To "What is going well for you right now?", answering for themselves. */
const toGoingWell = ['hi', 'me', 'Jean', 'diabetes', 'family'];

describe('Asking what happens to their data at a question', () => {
  const fresh = freshAppPerTest('webchat');

  // "who can see this?" and "what happens to my answers" are answered; "what happens to my data?"
  // was noted as what is going well for them (shown to the lead contact if shared), with no answer.
  it('answers "what happens to my data?" and asks the question again, noting nothing', async () => {
    await sayAll(fresh.client, toGoingWell);
    for (const asked of ['what happens to my data?', 'what do you do with my information?']) {
      const reply = await fresh.client.say(asked);
      expect(lastQuestion(reply), `${asked}: ${allText(reply)}`).to.equal('whatMatters.goingWell');
      expect((await onlyRecord(fresh.running)).answers['whatMatters.goingWell'], asked).to.equal(undefined);
    }
  });
});
