/**
 * Explorer 28, beside carerGoal28 (H333): a carer's own need at the person's goal is kept for the
 * carer and the goal asked again; goals for the person that name the carer, and a person's own
 * "I need a break" answering for themselves, are still goals.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';
import { sueForMary } from '../support/scripts';

for (const channelId of ['webchat', 'sms'])
  describe(`Explorer 28 neighbours: a carer's own need at the goal, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const words of ['I just need a break', 'i need respite', 'I need some me time']) {
      it(`keeps "${words}" for Sue and asks Mary's goal again`, async () => {
        await walkTo((text) => app.client.say(text), 'goal.1.text', sueForMary);
        const answered = await app.client.say(words);

        expect(lastQuestion(answered), allText(answered)).to.equal('goal.1.text');
        expect(await storedValue(app.running, 'goal.1.text')).to.equal(undefined);
        expect((await onlyRecord(app.running)).carerViews.carer?.text).to.equal(words);
      });
    }

    for (const words of [
      "I'd like her to sleep through the night",
      'she needs a break from the house',
      'have a day out with me',
    ]) {
      it(`still notes "${words}" as Mary's goal`, async () => {
        await walkTo((text) => app.client.say(text), 'goal.1.text', sueForMary);
        await app.client.say(words);

        expect(await storedValue(app.running, 'goal.1.text')).to.equal(words);
      });
    }

    it('notes "I just need a break" as the goal of someone answering for themselves', async () => {
      await walkTo((text) => app.client.say(text), 'goal.1.text', { 'respondent.type': '1', 'subject.name': 'Ann' });
      await app.client.say('I just need a break');

      expect(await storedValue(app.running, 'goal.1.text')).to.equal('I just need a break');
    });
  });
