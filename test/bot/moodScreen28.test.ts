/**
 * Explorer 28: Rose, with heart failure and low mood, after two yeses to the mood questions and a
 * "no" to thoughts of harm, was asked "Is this something you would like help with?". She texted
 * "no point": it was noted as a plain "no" (no help wanted), and the next question asked whether
 * her care team may see the answers. Hopelessness after a positive screen is no "no"; it should be
 * asked about, not noted as declining help. "not lately" at the question about thoughts of harm got
 * "Sorry, I didn't understand".
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll, type PostResult } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const rose = {
  'respondent.type': '1',
  'subject.name': 'Rose',
  conditions: 'heart failure',
  'goal.1.text': 'walk',
  'goal.another': 'no',
  'topics.selected': '1',
};

for (const channelId of ['sms', 'webchat'])
  describe(`Explorer 28: hopelessness at "would you like help?" after a positive mood screen, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    /** Walks to the mood questions and answers yes, yes, no: "would you like help?" waits. */
    async function toWantsHelp(): Promise<PostResult> {
      await walkTo((text) => app.client.say(text), 'mood.down', rose);
      return sayAll(app.client, ['yes', 'yes', 'no']);
    }

    it('is asked whether she would like help', async () => {
      expect(lastQuestion(await toWantsHelp())).to.equal('mood.wantsHelp');
    });

    for (const words of ['no point', 'no point, nothing helps', 'nah whats the point']) {
      it(`does not note "${words}" as no help wanted`, async () => {
        await toWantsHelp();
        const answered = await app.client.say(words);

        expect(await storedValue(app.running, 'mood.wantsHelp'), allText(answered)).to.not.equal(false);
      });

      it(`does not move on to sharing after "${words}"`, async () => {
        await toWantsHelp();
        const answered = await app.client.say(words);

        expect(lastQuestion(answered), allText(answered)).to.not.equal('mood.share');
      });
    }

    // Near miss: a plain no is still no.
    it('notes a plain "no" as no help wanted', async () => {
      await toWantsHelp();
      await app.client.say('no');

      expect(await storedValue(app.running, 'mood.wantsHelp')).to.equal(false);
    });
  });

describe('Explorer 28: "not lately" at the question about thoughts of harm, on webchat', () => {
  const app = freshAppPerTest('webchat');

  for (const words of ['not lately', 'not recently', 'not in the last month']) {
    it(`does not answer "${words}" with "Sorry, I didn't understand"`, async () => {
      await walkTo((text) => app.client.say(text), 'mood.down', rose);
      await sayAll(app.client, ['yes', 'yes']);
      const answered = await app.client.say(words);

      expect(allText(answered)).to.not.match(/didn.t understand/);
    });
  }
});
