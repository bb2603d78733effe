/**
 * "Remove this goal" said at a goal's question, going through the goals again at the review: never
 * kept as the goal's words. Found playing a plan changed after sharing (branch `explore19b`).
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { storedValue } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

describe('Asking to take a goal out while going through the goals again', () => {
  const fresh = freshAppPerTest('webchat');

  /** Two goals, then at the review back into the goals, the first kept: at the second goal's words. */
  async function atSecondGoalAgain(): Promise<void> {
    await walkTo((text) => fresh.client.say(text), 'goal.another', plainPersonAnswers);
    await walkTo((text) => fresh.client.say(text), 'goal.2.text', plainPersonAnswers, 'yes');
    await walkTo((text) => fresh.client.say(text), 'review.change', plainPersonAnswers, 'lose weight');
    const keepFirst = Object.fromEntries(
      ['text', 'importance', 'action', 'barriers', 'confidence', 'moreLikely'].map((part) => [
        `goal.1.${part}`,
        'keep',
      ]),
    );
    await walkTo((text) => fresh.client.say(text), 'goal.2.text', { ...keepFirst, 'goal.another': 'keep' }, 'Goals');
  }

  for (const said of ['remove this goal', 'delete this goal', 'remove goal 2', 'can I delete my second goal?']) {
    it(`does not keep "${said}" as the goal's words, and asks for the goal again`, async () => {
      await atSecondGoalAgain();
      const reply = await fresh.client.say(said);
      expect(await storedValue(fresh.running, 'goal.2.text'), allText(reply)).to.equal('lose weight');
      expect(allText(reply)).to.not.match(/noted/);
      expect(allText(reply)).to.include('nothing has changed');
      expect(lastQuestion(reply)).to.equal('goal.2.text');
    });
  }
});
