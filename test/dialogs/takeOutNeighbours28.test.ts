/**
 * Explorer 28, beside takeOut28 (H332): an earlier answer asked to be taken out by its words is
 * asked again, saying it is still there and how to take it out; "skip" there takes it out. Words
 * naming no answer say so; a goal that only uses the same verbs stays a goal.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';
import { dotToFirstGoal } from '../support/scripts';

for (const channelId of ['webchat', 'sms'])
  describe(`Explorer 28 neighbours: taking an answer out by its words, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);
    const skip = channelId === 'sms' ? 'SKIP' : 'skip';

    it('takes out what she said about being lonely once she says skip there, then asks her goal again', async () => {
      await sayAll(app.client, dotToFirstGoal);
      const asked = await app.client.say('delete what I said about being lonely');
      expect(allText(asked)).to.match(/still there/);
      expect(lastQuestion(asked)).to.equal('whatMatters.feelings');

      const after = await app.client.say(skip);

      // Skipped: kept as passed over, with no words.
      expect(await storedValue(app.running, 'whatMatters.feelings'), allText(after)).to.equal(null);
      expect(lastQuestion(after)).to.equal('goal.1.text');
    });

    it('says no answer has those words for "remove what I said about my cat", taking nothing out', async () => {
      await sayAll(app.client, dotToFirstGoal);
      const answered = await app.client.say('remove what I said about my cat');

      expect(allText(answered)).to.match(/couldn't find/);
      expect(lastQuestion(answered)).to.equal('goal.1.text');
      expect(await storedValue(app.running, 'whatMatters.hard')).to.equal('the stairs');
    });

    for (const words of ['remove the weeds from my garden', 'take out the bins by myself']) {
      it(`notes "${words}" as her goal`, async () => {
        await sayAll(app.client, dotToFirstGoal);
        await app.client.say(words);

        expect(await storedValue(app.running, 'goal.1.text')).to.equal(words);
      });
    }
  });
