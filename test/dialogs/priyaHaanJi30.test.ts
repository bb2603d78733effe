/**
 * Explorer 30: Priya, answering for her father, Gurmeet, writes some words in Punjabi and Hindi as
 * many families do. "haan ji" (yes) to "Does Gurmeet know you are doing this, and are they happy
 * with it?" was answered "Sorry, I didn't understand", and "nahi" (no) to "add another goal?" too
 * (H460). They are yes and no now, said alone; a sound or a word that is neither is asked again.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion, oneGoal, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Priya for Gurmeet, on to whether he knows and agrees. */
const toAgrees = ['hi', '2', 'Gurmeet', 'Priya', 'daughter'];
/** On to "add another goal?" for him, a goal given and his view of what matters passed over. */
const toAnother = [...toAgrees, 'yes', 'diabetes', 'family', ...Array(6).fill('skip'), ...oneGoal.slice(0, -1)];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Explorer 30 Priya says yes and no in Punjabi on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const answer = async (key: string) => (await onlyRecord(fresh.running)).answers[key]?.value;

    for (const yes of ['haan ji', 'Haan', 'haanji', 'ji haan', 'hanji', 'haan bilkul']) {
      it(`notes "${yes}" as yes to whether Gurmeet knows and agrees`, async () => {
        await sayAll(fresh.client, toAgrees);
        const result = await fresh.client.say(yes);

        expect(await answer('respondent.personAgrees'), allText(result)).to.equal(true);
        expect(lastQuestion(result)).to.equal('conditions');
      });
    }

    for (const no of ['nahi', 'nahin ji', 'ji nahi']) {
      it(`notes "${no}" as no to adding another goal for him`, async () => {
        await sayAll(fresh.client, toAnother);
        const result = await fresh.client.say(no);

        expect(await answer('goal.1.another'), allText(result)).to.equal(false);
      });
    }

    // The direct question after a low mood: "haan ji" is a yes, so the crisis reply and a flag follow.
    it('takes "haan ji" to thoughts of being better off dead as a yes: the crisis reply and a flag', async () => {
      const answers = { ...plainPersonAnswers, 'mood.down': 'yes', 'mood.interest': 'no' };
      const result = await atQuestion(fresh.client, 'mood.harmThoughts', 'haan ji', answers);

      expect(allText(result)).to.match(/Samaritans/);
      expect((await onlyRecord(fresh.running)).flags.length).to.be.greaterThan(0);
    });

    // Near misses: a laugh or the polite word alone says neither yes nor no.
    for (const neither of ['ji', 'ha ha']) {
      it(`asks again after "${neither}", noting nothing`, async () => {
        await sayAll(fresh.client, toAgrees);
        const result = await fresh.client.say(neither);

        expect(await answer('respondent.personAgrees'), allText(result)).to.equal(undefined);
        expect(lastQuestion(result)).to.equal('respondent.personAgrees');
      });
    }
  });
}
