/**
 * Explorer 27: Margaret answering for Frank (dementia) - her own words kept out of Frank's answers,
 * Frank's conditions not taken as her name, Frank's "no" kept when she says she is down herself.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Margaret answering for her husband Frank, who has dementia (for `walkTo`). */
const margaretForFrank: Readonly<Record<string, string>> = {
  'respondent.type': '2',
  'subject.name': 'Frank',
  'respondent.name': 'Margaret',
  'respondent.relationship': 'wife',
  'respondent.personAgrees': 'yes',
  conditions: 'dementia',
  'whatMatters.most': 'his garden and his dog',
  'goal.1.text': 'walk the dog',
  'goal.another': 'no',
  'topics.selected': '1',
};

describe('Explorer 27 answers: Margaret answering for Frank, on webchat', () => {
  const app = freshAppPerTest('webchat');

  for (const words of ['dementia and heart failure', 'he has dementia']) {
    it(`does not take "${words}" as the carer's own name`, async () => {
      await sayAll(app.client, ['hello', '2', 'Frank']);
      const answered = await app.client.say(words);

      expect(lastQuestion(answered), allText(answered)).to.equal('respondent.name');
      expect(await storedValue(app.running, 'respondent.name')).to.equal(undefined);
    });
  }

  it('still takes "Margaret" as the carer\'s own name', async () => {
    await sayAll(app.client, ['hello', '2', 'Frank', 'Margaret']);

    expect(await storedValue(app.running, 'respondent.name')).to.equal('Margaret');
  });

  it('keeps the carer\'s own exhaustion out of Frank\'s "going well"', async () => {
    await walkTo((text) => app.client.say(text), 'whatMatters.goingWell', margaretForFrank);
    await app.client.say("I'm exhausted to be honest, I haven't slept properly in months");

    expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
  });

  it('notes no for Frank from "he doesnt seem down but I am"', async () => {
    await walkTo((text) => app.client.say(text), 'mood.down', margaretForFrank);
    const answered = await app.client.say('he doesnt seem down but I am');

    expect(await storedValue(app.running, 'mood.down'), allText(answered)).to.equal(false);
  });

  // The plan read "The carer also said about themselves: I'm exhausted to be honest / I am".
  it('keeps her "I am" with what it answers, never alone', async () => {
    await walkTo((text) => app.client.say(text), 'mood.down', margaretForFrank);
    await app.client.say('he doesnt seem down but I am');

    expect((await onlyRecord(app.running)).carerViews.carer?.text).to.equal('he doesnt seem down but I am');
  });
});
