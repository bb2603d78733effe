/**
 * Explorer 31: Polish yes and no ("tak", "nie") at a yes/no question were not understood. They are
 * yes and no now, said alone; "nie wiem" (I don't know) is neither and is asked again, and "tak" to
 * the direct question after a low mood is a yes (the crisis reply follows), never a no.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion, oneGoal, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const toAgrees = ['hi', '2', 'Gurmeet', 'Priya', 'daughter'];
const toAnother = [...toAgrees, 'yes', 'diabetes', 'family', ...Array(6).fill('skip'), ...oneGoal.slice(0, -1)];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Polish yes and no on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const answer = async (key: string) => (await onlyRecord(fresh.running)).answers[key]?.value;

    for (const yes of ['tak', 'Tak.', 'tak tak']) {
      it(`notes "${yes}" as yes to whether the person knows and agrees`, async () => {
        await sayAll(fresh.client, toAgrees);
        const result = await fresh.client.say(yes);

        expect(await answer('respondent.personAgrees'), allText(result)).to.equal(true);
        expect(lastQuestion(result)).to.equal('conditions');
      });
    }

    for (const no of ['nie', 'Nie dziękuję']) {
      it(`notes "${no}" as no to adding another goal`, async () => {
        await sayAll(fresh.client, toAnother);
        const result = await fresh.client.say(no);

        expect(await answer('goal.1.another'), allText(result)).to.equal(false);
      });
    }

    it('takes "tak" to thoughts of being better off dead as a yes: the crisis reply and a flag', async () => {
      const answers = { ...plainPersonAnswers, 'mood.down': 'yes', 'mood.interest': 'no' };
      const result = await atQuestion(fresh.client, 'mood.harmThoughts', 'tak', answers);

      expect(allText(result)).to.match(/Samaritans/);
      expect((await onlyRecord(fresh.running)).flags.length).to.be.greaterThan(0);
    });

    // At the direct question after a low mood only a clear no is no: one that turns ("no, but
    // sometimes", "nie, ale czasami") is none: the crisis reply, as in English (H126), or asked again.
    for (const turned of ['nie, ale czasami', 'nie ale czasem', 'nie, chociaż może']) {
      it(`never notes "${turned}" to thoughts of being better off dead as a no`, async () => {
        const answers = { ...plainPersonAnswers, 'mood.down': 'yes', 'mood.interest': 'no' };
        const result = await atQuestion(fresh.client, 'mood.harmThoughts', turned, answers);

        expect(await answer('mood.harmThoughts'), allText(result)).to.not.equal(false);
        const askedAgain = lastQuestion(result) === 'mood.harmThoughts';
        expect(askedAgain || /Samaritans/.test(allText(result)), allText(result)).to.equal(true);
      });
    }

    it('asks again after "nie wiem" (I don\'t know), noting nothing', async () => {
      await sayAll(fresh.client, toAgrees);
      const result = await fresh.client.say('nie wiem');

      expect(await answer('respondent.personAgrees'), allText(result)).to.equal(undefined);
      expect(lastQuestion(result)).to.equal('respondent.personAgrees');
    });
  });
}
