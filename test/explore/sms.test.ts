/**
 * Picking from a numbered list by text, as new users do: a range of numbers. Found trying the bot
 * as new users.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

describe('A range of numbers picked by SMS', () => {
  const fresh = freshAppPerTest('sms');

  // "1-3" to the numbered conditions noted 1 and 3 only ("Diabetes, Heart or blood pressure"),
  // leaving out 2 (COPD); "1 to 4" for the topics likewise kept only the two ends.
  it('never notes only the two ends of "1-3": all three, or asks again', async () => {
    const asked = await sayAll(fresh.client, ['hi', '1', 'Jean']);
    expect(lastQuestion(asked), allText(asked)).to.equal('conditions');
    const reply = await fresh.client.say('1-3');

    const noted = (await onlyRecord(fresh.running)).answers.conditions?.value;
    if (noted !== undefined) expect(noted, allText(reply)).to.have.members(['diabetes', 'copd', 'heart']);
    else expect(lastQuestion(reply), allText(reply)).to.equal('conditions');
  });
});
