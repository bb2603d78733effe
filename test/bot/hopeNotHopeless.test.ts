/**
 * Review 29 of safety 29 (H349): hopelessness ("no hope", "no point") is never read as a yes or a
 * no, found anywhere in a reply. But "no hope" runs across a comma: "No, hope that's enough" at
 * "Would you like to add another goal?" is a plain no, and was asked again as unclear. Through the
 * real bot, on web chat and SMS; "no hope" and "no point" said as such stay no answer (asked again, or
 * the check-in the crisis screen asks).
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'])
  describe(`Review 29: "no, hope…" is a no, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    /** The question asked after `words` at "Would you like to add another goal?". */
    async function anotherGoal(words: string): Promise<{ value: unknown; said: string }> {
      await walkTo((text) => app.client.say(text), 'goal.another', { ...plainPersonAnswers, conditions: 'diabetes' });
      const answered = await app.client.say(words);
      return { value: answered.questions.at(-1)?.linkId, said: allText(answered) };
    }

    for (const words of ['no', "No, hope that's enough", 'No. Hope that helps', 'no, hope you dont mind']) {
      it(`notes a no for "${words}"`, async () => {
        const { value, said } = await anotherGoal(words);

        expect(value, said).to.equal('topics.selected');
      });
    }

    for (const words of ['no hope', 'no point', 'there is no hope', 'no hope that it helps', 'no, no point']) {
      it(`notes no answer for "${words}"`, async () => {
        const { value, said } = await anotherGoal(words);

        expect(value, said).to.be.oneOf(['goal.another', 'safety.checkIn']);
      });
    }
  });
