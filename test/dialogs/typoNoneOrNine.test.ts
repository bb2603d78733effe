/**
 * Review 27, finding: dialog27's `numberAlone.typos` (H300) reads "nne" as nine. It is as much
 * "none" with its o missed as "nine" with its i missed, so at "How confident do you feel? (0-10)"
 * a person with none is noted as 9: a low confidence (below 7, the cue to make the step smaller or
 * plan more support) recorded as high, never asked again. A slip that is two number words' (or a
 * number's and "none"'s) must be asked again, not guessed.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

describe('Review 27: "nne" at the 0-10 confidence question, on webchat', () => {
  const app = freshAppPerTest('webchat');

  it('never notes "nne" (none or nine) as 9, and asks again', async () => {
    const reply = await atQuestion(app.client, 'goal.1.confidence', 'nne');

    expect(await storedValue(app.running, 'goal.1.confidence')).to.not.equal(9);
    expect(lastQuestion(reply), allText(reply)).to.equal('goal.1.confidence');
  });
});
