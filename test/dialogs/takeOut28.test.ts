/**
 * Explorer 28: Dot, with COPD, asking to take out something she had said, while the first goal was
 * asked. "delete what I said about being lonely" was noted as her goal ("Thanks, I've noted"),
 * importance was asked next, and "lonely" stayed in her plan; "forget that, I don't want a goal"
 * at "What exactly will you do?" became what she will do. She was told it was noted, and nothing
 * she asked for happened.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';
import { dotToFirstGoal } from '../support/scripts';

for (const channelId of ['webchat', 'sms'])
  describe(`Explorer 28: Dot asking to take an answer out, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const [words, linkId] of [
      ['delete what I said about being lonely', 'whatMatters.feelings'],
      ['please remove my answer about the stairs', 'whatMatters.hard'],
      ['can you take out the bit about bingo', 'whatMatters.wouldLikeTo'],
    ]) {
      it(`does not note "${words}" as her goal`, async () => {
        await sayAll(app.client, dotToFirstGoal);
        const answered = await app.client.say(words);

        expect(await storedValue(app.running, 'goal.1.text'), allText(answered)).to.equal(undefined);
      });

      it(`does not keep the answer to ${linkId} while saying "noted" to "${words}"`, async () => {
        await sayAll(app.client, dotToFirstGoal);
        const answered = await app.client.say(words);
        const kept = await storedValue(app.running, linkId);

        // Either the answer is taken out, or she is asked about it: never "noted" with the answer kept.
        const asked = answered.questions.some((q) => q.linkId === linkId || q.linkId.startsWith('control.'));
        expect(kept === undefined || kept === null || asked, allText(answered)).to.equal(true);
      });
    }

    it('does not note "forget that, I don\'t want a goal" as what she will do', async () => {
      await sayAll(app.client, [...dotToFirstGoal, 'walk to church', '9']);
      const answered = await app.client.say("forget that, I don't want a goal");

      expect(await storedValue(app.running, 'goal.1.action'), allText(answered)).to.equal(undefined);
    });
  });
