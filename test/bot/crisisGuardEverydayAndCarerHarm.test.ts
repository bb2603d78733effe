/**
 * Screen fixer 23 in the conversation (H131, H132): a carer's exasperation ("I could slap him
 * sometimes, I'm so tired"; since safety fixer 24, H175, "I could kill him sometimes" too) at how
 * they are coping is asked about straight, as a check-in about whether the person is in danger of
 * being hurt, never "are you safe?" about the carer; a goal's steps about sleeping through and
 * resting are kept as the answer, asked nothing.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { samForRon } from '../support/carerScripts';
import { atQuestion, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const crisisFlagsOf = async (running: Parameters<typeof onlyRecord>[0]) =>
  (await onlyRecord(running)).flags.filter((flag) => flag.kind === 'crisis');

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A carer's exasperation at how they are coping, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    for (const text of [
      "I could slap him sometimes, I'm so tired",
      "honestly I could shake him some days, I'm exhausted",
      'I could hit him at times, I get no sleep',
      // Safety fixer 24 (H175): a strong verb in the same idiom, before or after, is asked about too.
      "I could kill him sometimes, I'm so tired",
      'sometimes I could strangle him, I get no sleep',
    ]) {
      it(`asks whether Ron is in danger of being hurt for "${text}", flagging nothing yet`, async () => {
        const reply = await atQuestion(fresh.client, 'carer.coping', text, samForRon);
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.checkIn');
        expect(allText(reply)).to.match(/Is Ron, or anyone else, in danger of being hurt\?/);
        expect(allText(reply)).to.not.match(/are you safe/i);
        expect(await crisisFlagsOf(fresh.running)).to.deep.equal([]);
      });
    }

    it("flags it as the carer's words when the check-in gets no clear no", async () => {
      await atQuestion(fresh.client, 'carer.coping', "I could slap him sometimes, I'm so tired", samForRon);
      await fresh.client.say('maybe');
      const flags = await crisisFlagsOf(fresh.running);
      expect(flags.map((flag) => [flag.detail, flag.about])).to.deep.equal([['harmOthers', 'carer']]);
    });
  });
}

describe("A goal's steps about sleep and rest (webchat)", () => {
  const fresh = freshAppPerTest('webchat');
  const answers = { ...plainPersonAnswers, 'goal.1.text': 'sleep better', 'goal.1.importance': '8' };
  for (const text of [
    'to not wake up at night',
    'rest for an hour after lunch',
    'put my feet up for an hour after lunch',
  ]) {
    it(`keeps "${text}" as what they will do, asking nothing`, async () => {
      const reply = await atQuestion(fresh.client, 'goal.1.action', text, answers);
      expect(['safety.check', 'safety.checkIn'], allText(reply)).to.not.include(lastQuestion(reply));
      expect(await crisisFlagsOf(fresh.running)).to.deep.equal([]);
    });
  }
});
