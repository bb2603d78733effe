/**
 * Saying there is nothing to change at "Is there anything you want to change?" in longer words
 * ("don't change anything, all good", "leave it as it is") is "It looks right", as "no changes"
 * is: never a part opened, never "didn't understand". Brief truth21.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
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

// Explore 21b finding 5: "yes" answers the question as it is worded, so which part is asked, on each channel.
for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A yes to "anything you want to change?" on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const words of ['yes', 'yes please', 'yeah']) {
      it(`asks which part for "${words}", never "didn't understand", and notes no answer`, async () => {
        await sayAll(fresh.client, toReview);
        const reply = await fresh.client.say(words);
        expect(allText(reply)).to.not.match(/didn't understand|did not understand/i);
        expect(allText(reply)).to.match(/which part|pick the part/i);
        expect(lastQuestion(reply)).to.equal('review.change');
        expect((await onlyRecord(fresh.running)).answers['review.change']).to.equal(undefined);
      });
    }
  });
}

describe('A yes to "anything you want to change?" after the plain answers (explore 21b)', () => {
  const fresh = freshAppPerTest('webchat');

  it('"yes" to "is there anything you want to change?" asks which part, not "didn\'t understand"', async () => {
    await walkTo((text) => fresh.client.say(text), 'review.change', plainPersonAnswers);
    const reply = await fresh.client.say('yes');

    expect(allText(reply)).to.not.match(/didn't understand/i);
    expect(allText(reply)).to.match(/which part|pick the part/i);
  });

  it('"yes, the goals" still opens the goals', async () => {
    await walkTo((text) => fresh.client.say(text), 'review.change', plainPersonAnswers);
    const reply = await fresh.client.say('yes, the goals');

    expect(lastQuestion(reply), allText(reply)).to.match(/^goal\./);
  });
});
