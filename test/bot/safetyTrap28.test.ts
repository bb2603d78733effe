/**
 * Explorer 28: Rose, with heart failure, began a thought and sent it early ("ive been thinking
 * about"), then finished it ("moving closer to my daughter"). The unfinished half got the full
 * crisis reply, the finished thought "Please get help now. Call 999", and the lead contact's flag
 * kept both halves as a suicide disclosure. Said in one message, the same plan was asked
 * "Are you having thoughts of ending your life?". A half that is finished with a disclosure must
 * still get the urgent help.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

const toHard = ['hi', 'me', 'Rose', 'heart failure', 'grandkids', 'not much'];

for (const channelId of ['webchat', 'sms'])
  describe(`Explorer 28: a thought sent in two halves, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const [opening, rest] of [
      ['ive been thinking about', 'moving closer to my daughter'],
      ["I've been thinking about", 'getting a mobility scooter'],
      ['I have been thinking', 'maybe I should see a dietitian'],
    ]) {
      it(`does not tell her to call 999 after "${opening}" / "${rest}"`, async () => {
        await sayAll(app.client, [...toHard, opening]);
        const answered = await app.client.say(rest);

        expect(allText(answered)).to.not.match(/Please get help now/);
        expect((await onlyRecord(app.running)).progress.safetyCheckPending, allText(answered)).to.not.equal(true);
      });

      it(`keeps no suicide flag for the lead contact after "${opening}" / "${rest}"`, async () => {
        await sayAll(app.client, [...toHard, opening, rest]);

        const crisis = (await onlyRecord(app.running)).flags.filter((flag) => flag.kind === 'crisis');
        expect(crisis.map((flag) => flag.message)).to.deep.equal([]);
      });
    }

    // Near miss: finished with a disclosure, the halves still get the urgent help.
    it('gives the urgent help after "ive been thinking about" / "ending it"', async () => {
      await sayAll(app.client, [...toHard, 'ive been thinking about']);
      const answered = await app.client.say('ending it');

      expect(allText(answered)).to.match(/116 123/);
    });
  });

describe('Explorer 28: a plan to move, in one message, on webchat', () => {
  const app = freshAppPerTest('webchat');

  for (const words of [
    "I've been thinking about moving closer to my daughter",
    'I have been thinking about getting a stairlift',
  ]) {
    it(`notes "${words}" without asking about ending her life`, async () => {
      await sayAll(app.client, toHard);
      const answered = await app.client.say(words);

      expect(lastQuestion(answered), allText(answered)).to.equal('whatMatters.wouldLikeTo');
    });
  }
});
