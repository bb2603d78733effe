/**
 * What people say in the middle of a goal that is not the answer to the question asked: a change
 * to an earlier goal, a correction to a number already given, a goal with its number and what
 * might stop them said in one breath, and "show my plan" before every question is asked. Found
 * by playing new users through the journey.
 */
import { expect } from 'chai';
import { allText, sayAll, type PostResult } from '../support/botClient';
import { personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'sms'] as const;

/** Jean on to her first goal's "What exactly will you do?", having said "walk to the park" and 5. */
const toAction = [...personToFirstGoal(), 'walk to the park', '5'];
/** On to "How sure are you?" for that goal. */
const toConfidence = [...toAction, 'walk after lunch', 'my knees'];

/** The words of a reply, without the buttons: what the person reads. */
const words = (result: PostResult): string => allText(result);

for (const channelId of channels) {
  describe(`Goals, when what is said is not the answer to the question, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('shows a confidence not yet asked as not answered in the plan, never as "not sure"', async () => {
      await sayAll(fresh.client, toConfidence);
      const plan = words(await fresh.client.say('show my plan'));

      expect(plan).to.include('walk to the park');
      expect(plan).to.not.match(/Confidence: not sure/);
      expect(plan).to.include('Importance: 5 out of 10. Confidence: not answered yet');
    });

    it('still shows "not sure" in the plan when that was the answer to how sure they are', async () => {
      await sayAll(fresh.client, [...toConfidence, 'not sure']);
      const plan = words(await fresh.client.say('show my plan'));

      expect(plan).to.include('Importance: 5 out of 10. Confidence: not sure');
    });
  });
}
