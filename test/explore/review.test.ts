/**
 * Looking the draft plan over, as new users do: a change asked for in words. Found trying the bot
 * as new users.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

describe('Changing a goal score while looking the plan over', () => {
  const fresh = freshAppPerTest('webchat');

  // While the goals are asked, "can I change the importance to 4?" changes it; at "Is there
  // anything you want to change?", where people check their plan, it was "Sorry, I didn't
  // understand. Please pick one of the options", and again every time it was asked.
  it('takes "can I change the importance to 4?" at the review to the importance, or changes it', async () => {
    await walkTo((text) => fresh.client.say(text), 'review.change', plainPersonAnswers);
    expect((await onlyRecord(fresh.running)).answers['goal.1.importance']?.value).to.equal(7);

    const reply = await fresh.client.say('can I change the importance to 4?');
    const changed = (await onlyRecord(fresh.running)).answers['goal.1.importance']?.value === 4;
    expect(changed || lastQuestion(reply) === 'goal.1.importance', allText(reply)).to.equal(true);
  });
});
