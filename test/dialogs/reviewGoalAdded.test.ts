/**
 * Asking to add a goal while looking the plan over ("I want to add another goal" at "Is there
 * anything you want to change?"). It opened goal 1 for a new answer ('You said: "walk to the park".
 * Type a new answer'), so the goal typed next replaced goal 1, keeping goal 1's scores and action.
 * Found by explorer 22a (test/explore/findings22a2.test.ts on branch explore22a).
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { oneGoal, personToFirstGoal, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Jean for herself, one goal, check-ups to talk about, no to both mood questions: to "anything to change?". */
const toReview: readonly string[] = [...personToFirstGoal(), ...oneGoal, '1', 'skip', 'no', 'no'];

for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`Adding a goal while looking the plan over, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const words of ['I want to add another goal', 'can I add a goal?', 'add a new goal please']) {
      it(`asks for goal 2 on "${words}", keeping goal 1 whole`, async () => {
        const asked = await sayAll(fresh.client, toReview);
        expect(lastQuestion(asked)).to.equal('review.change');

        const reply = await fresh.client.say(words);
        expect(lastQuestion(reply), allText(reply)).to.equal('goal.2.text');
        expect(allText(reply)).to.not.match(/You said/i);
        const swimming = await fresh.client.say('swimming');

        const answers = (await onlyRecord(fresh.running)).answers;
        expect(answers['goal.1.text']?.value, allText(swimming)).to.equal('walk to the park');
        expect(answers['goal.1.importance']?.value).to.equal(8);
        expect(answers['goal.2.text']?.value, allText(swimming)).to.equal('swimming');
        expect(answers['goal.2.importance']).to.equal(undefined);
        expect(lastQuestion(swimming)).to.equal('goal.2.importance');
      });
    }

    it('comes back to the plan, showing both goals, once goal 2 is done', async () => {
      await sayAll(fresh.client, [...toReview, 'I want to add another goal']);
      const back = await walkTo(
        (text) => fresh.client.say(text),
        'review.change',
        { 'goal.another': 'no' },
        'swimming',
      );

      expect(allText(back)).to.include('walk to the park').and.to.include('swimming');
    });

    it('says there is no room for another when three goals are given, and asks again', async () => {
      const first = ['walk to the park', '8', 'walk after lunch', 'skip', '8', 'yes'];
      const second = ['swim', '7', 'swim on Fridays', 'skip', '8', 'yes'];
      const third = ['sleep better', '6', 'bed by 10', 'skip', '8'];
      await sayAll(fresh.client, [...personToFirstGoal(), ...first, ...second, ...third]);
      const asked = await walkTo((text) => fresh.client.say(text), 'review.change', { 'goal.another': 'no' }, '1');
      expect(lastQuestion(asked)).to.equal('review.change');

      const reply = await fresh.client.say('I want to add another goal');

      expect(lastQuestion(reply), allText(reply)).to.equal('review.change');
      expect((await onlyRecord(fresh.running)).answers['goal.3.text']?.value).to.equal('sleep better');
      expect(allText(reply)).to.match(/three goals|3 goals/i);
    });
  });
}
