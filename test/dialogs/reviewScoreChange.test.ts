/**
 * Looking the draft plan over, as new users do: a goal's score changed in words ("can I change the
 * importance to 4?"), as it can be while the goals are asked. Found trying the bot as new users.
 */
import { expect } from 'chai';
import type { PreparationRecord } from '../../plan/record';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Changing a goal score while looking the plan over, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const record = (): Promise<PreparationRecord> => onlyRecord(fresh.running);
    const toReview = (): Promise<unknown> =>
      walkTo((text) => fresh.client.say(text), 'review.change', plainPersonAnswers);

    // While the goals are asked, "can I change the importance to 4?" changes it; at "Is there
    // anything you want to change?", where people check their plan, it was "Sorry, I didn't
    // understand. Please pick one of the options", and again every time it was asked.
    it('changes the importance on "can I change the importance to 4?", says so, and shows the plan again', async () => {
      await toReview();
      expect((await record()).answers['goal.1.importance']?.value).to.equal(7);

      const reply = await fresh.client.say('can I change the importance to 4?');
      expect((await record()).answers['goal.1.importance']?.value, allText(reply)).to.equal(4);
      expect(allText(reply)).to.include('walk more').and.to.include('not 7');
      expect(allText(reply)).to.match(/Importance: 4 out of 10/i);
      expect(lastQuestion(reply)).to.equal('review.change');
    });

    it('asks what would make it more likely when how sure is changed to below 7, then shows the plan again', async () => {
      await toReview();
      const reply = await fresh.client.say('my confidence should be 4');
      expect((await record()).answers['goal.1.confidence']?.value).to.equal(4);
      expect(lastQuestion(reply), allText(reply)).to.equal('goal.1.moreLikely');

      const back = await fresh.client.say('get a walking buddy');
      expect(lastQuestion(back), allText(back)).to.equal('review.change');
      expect(allText(back)).to.include('get a walking buddy');
    });

    it('changes nothing on "change the importance to 12", and asks for a number from 0 to 10', async () => {
      await toReview();
      const reply = await fresh.client.say('change the importance to 12');

      expect((await record()).answers['goal.1.importance']?.value).to.equal(7);
      expect(allText(reply)).to.match(/one whole number/);
      expect(lastQuestion(reply)).to.equal('review.change');
    });
  });
}
