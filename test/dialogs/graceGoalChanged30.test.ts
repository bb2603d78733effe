/**
 * Explorer 30: Grace, back after three days, said "I want to change my goal" and gave a different
 * goal ("walk to the post office twice a week"). Its importance (8), what she would do ("walk there
 * monday wednesday and friday morning") and what might stop her, all given for the old goal, were
 * kept for the new one without a word, so her plan paired the new goal with the old goal's answers
 * (H459). Now each is asked again, showing what she said, for her to keep or change.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Grace on to "How sure are you?" for her first goal. */
const toConfidence = [
  ...personToFirstGoal(),
  'walk to the corner shop and back 3 times a week',
  '8',
  'walk there monday wednesday and friday morning',
  'if its cold or rainy',
];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Explorer 30 Grace changes her goal for another on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const answers = async () => (await onlyRecord(fresh.running)).answers;

    it('asks how important the new goal is, showing the 8 given for the old one', async () => {
      await sayAll(fresh.client, [...toConfidence, 'I want to change my goal']);
      const result = await fresh.client.say('walk to the post office twice a week');

      expect(lastQuestion(result), allText(result)).to.equal('goal.1.importance');
      expect(allText(result)).to.match(/for your old goal/);
      expect(allText(result)).to.match(/8/);
    });

    it('goes over what she will do and what might stop her, then back to how sure she is', async () => {
      await sayAll(fresh.client, [...toConfidence, 'I want to change my goal', 'walk to the post office twice a week']);
      const action = await fresh.client.say('keep');
      expect(lastQuestion(action), allText(action)).to.equal('goal.1.action');
      expect(allText(action)).to.include('walk there monday wednesday and friday morning');

      const barriers = await fresh.client.say('walk there on tuesday and thursday');
      expect(lastQuestion(barriers), allText(barriers)).to.equal('goal.1.barriers');
      const back = await fresh.client.say('keep');

      expect(lastQuestion(back), allText(back)).to.equal('goal.1.confidence');
      const noted = await answers();
      expect(noted['goal.1.text']?.value).to.equal('walk to the post office twice a week');
      expect(noted['goal.1.importance']?.value).to.equal(8);
      expect(noted['goal.1.action']?.value).to.equal('walk there on tuesday and thursday');
      expect(noted['goal.1.barriers']?.value).to.equal('if its cold or rainy');
    });

    // Near misses: the same goal, kept or put a little more fully, keeps its answers without going over them.
    for (const same of ['keep', 'walk to the corner shop and back 3 times a week, with Sue']) {
      it(`goes straight back to how sure she is after "${same}"`, async () => {
        await sayAll(fresh.client, [...toConfidence, 'I want to change my goal']);
        const result = await fresh.client.say(same);

        expect(lastQuestion(result), allText(result)).to.equal('goal.1.confidence');
        expect(allText(result)).to.not.match(/old goal/);
        expect((await answers())['goal.1.action']?.value).to.equal('walk there monday wednesday and friday morning');
      });
    }
  });
}
