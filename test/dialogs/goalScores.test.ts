/**
 * Review 25 (dialog25, H226/H227): "go back" now leads a number said again, and a score closing a
 * goal is noted at once. A person going back two questions, or a goal that names a pain score,
 * must not have the goal's importance changed or set from it.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['sms', 'webchat'] as const) {
  describe(`Review 25: goal scores, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('keeps importance 8 when "go back 2" is said at the next question', async () => {
      await sayAll(fresh.client, [...personToFirstGoal(), 'walk to the park', '8']);
      const reply = await fresh.client.say('go back 2');

      expect(await storedValue(fresh.running, 'goal.1.importance'), allText(reply)).to.equal(8);
    });

    for (const goal of ['get my pain down to 3/10', 'reduce my back pain to 4 out of 10']) {
      it(`reads no importance from the pain score in "${goal}" and asks how important it is`, async () => {
        await sayAll(fresh.client, personToFirstGoal());
        const reply = await fresh.client.say(goal);

        expect(await storedValue(fresh.running, 'goal.1.importance'), allText(reply)).to.equal(undefined);
        expect(lastQuestion(reply)).to.equal('goal.1.importance');
      });
    }
  });
}
