/**
 * Saying there is nothing to change at "Is there anything you want to change?" in longer words
 * ("don't change anything, all good", "leave it as it is") is "It looks right", as "no changes"
 * is: never a part opened, never "didn't understand". Brief truth21.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

/** Jean for herself, with diabetes and one goal, to "Is there anything you want to change?". */
const toReview = [
  'hi',
  '1',
  'Jean',
  'diabetes',
  'family',
  'skip',
  'skip',
  'skip',
  'skip',
  'skip',
  'walk to the park',
  '8',
  'walk after lunch',
  'skip',
  '8',
  'no',
  '1',
  'skip',
  'no',
  'no',
];

const noChanges = [
  'no changes',
  "don't change anything, all good",
  'leave it as it is',
  "that's fine as it is",
  'nothing to change thanks',
  "no, don't change anything",
  'leave it as it is thanks',
];

/** Words that ask for a change, or keep one back: never read as nothing to change. */
const aChange = ["don't change anything except the goals", 'leave it as it is but change my goal'];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Nothing to change, in longer words, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const words of noChanges) {
      it(`takes "${words}" as "It looks right"`, async () => {
        const review = await sayAll(fresh.client, toReview);
        expect(lastQuestion(review), allText(review)).to.equal('review.change');
        const result = await fresh.client.say(words);
        expect(lastQuestion(result), allText(result)).to.not.equal('review.change');
        expect(allText(result)).to.not.match(/didn't understand/);
        expect((await onlyRecord(fresh.running)).answers['review.change']?.value).to.equal('done');
      });
    }
  });
}

describe('A change asked for beside words of nothing to change', () => {
  const fresh = freshAppPerTest('webchat');

  for (const words of aChange) {
    it(`never takes "${words}" as "It looks right"`, async () => {
      await sayAll(fresh.client, toReview);
      await fresh.client.say(words);
      expect((await onlyRecord(fresh.running)).answers['review.change']?.value).to.not.equal('done');
    });
  }
});
