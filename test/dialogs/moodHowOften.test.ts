/**
 * The mood questions answered in the words of a how-often scale (dialog31, H480): "more than half
 * the days", "several days", "not at all". More than half the days is a yes (a positive screen);
 * several days, a few days, on and off are neither (asked once more, then kept as not sure: never a
 * no); "not at all", "not once", "none of the time" are a no. To thoughts of being better off dead,
 * only a clear no is a no.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** On to "have you often been bothered by feeling down…?" (one goal, two topics, the first on top). */
const toMood = [...personToFirstGoal(), ...oneGoal, '1 and 2', 'skip', '1'];

const yesWords = ['more than half the days', 'More than half the time', 'every other day', 'most days of the week'];
const hedgeWords = ['several days', 'a few days', 'a couple of days', 'half the time', 'on and off', 'once or twice'];
const noWords = ['not at all', 'Not once', 'none of the time', 'not at all really'];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Mood answers in how-often words on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    /** The replies to `words` at feeling down, past any check-in the screen makes (a no carries on). */
    const atDown = async (words: string) => {
      const asked = await sayAll(fresh.client, toMood);
      expect(lastQuestion(asked), allText(asked)).to.equal('mood.down');
      const reply = await fresh.client.say(words);
      return lastQuestion(reply) === 'safety.checkIn' ? fresh.client.say('no') : reply;
    };

    for (const often of yesWords) {
      it(`notes "${often}" to feeling down as yes and raises the positive screen`, async () => {
        const reply = await atDown(often);
        expect(lastQuestion(reply), allText(reply)).to.equal('mood.interest');

        const record = await onlyRecord(fresh.running);
        expect(record.answers['mood.down']?.value).to.equal(true);
        expect(record.flags.map((flag) => flag.kind)).to.include('moodScreenPositive');
      });
    }

    for (const hedge of hedgeWords) {
      it(`asks feeling down once more after "${hedge}", then keeps it as said, never a no`, async () => {
        const reply = await atDown(hedge);
        expect(lastQuestion(reply), allText(reply)).to.equal('mood.down');
        expect((await onlyRecord(fresh.running)).answers['mood.down']).to.equal(undefined);

        const again = await fresh.client.say(hedge);
        const after = lastQuestion(again) === 'safety.checkIn' ? await fresh.client.say('no') : again;
        expect(lastQuestion(after), allText(after)).to.equal('mood.interest');
        expect((await onlyRecord(fresh.running)).answers['mood.down']).to.include({ status: 'unknown' });
      });
    }

    for (const never of noWords) {
      it(`notes "${never}" to feeling down as no, raising no screen`, async () => {
        const reply = await atDown(never);
        expect(lastQuestion(reply), allText(reply)).to.equal('mood.interest');

        const record = await onlyRecord(fresh.running);
        expect(record.answers['mood.down']?.value).to.equal(false);
        expect(record.flags.map((flag) => flag.kind)).to.not.include('moodScreenPositive');
      });
    }

    for (const some of ['several days', 'once or twice', 'more than half the days']) {
      it(`takes "${some}" to thoughts of being better off dead as no clear no: the crisis reply`, async () => {
        await sayAll(fresh.client, [...toMood, 'yes', 'no']);
        const reply = await fresh.client.say(some);

        expect(allText(reply)).to.match(/116 123/);
        expect((await onlyRecord(fresh.running)).flags.map((flag) => flag.kind)).to.include('crisis');
      });
    }

    it('takes "not at all" to thoughts of being better off dead as a no', async () => {
      await sayAll(fresh.client, [...toMood, 'yes', 'no']);
      const reply = await fresh.client.say('not at all');

      expect(allText(reply)).to.not.match(/116 123/);
      expect((await onlyRecord(fresh.running)).answers['mood.harmThoughts']?.value).to.equal(false);
    });
  });
}
