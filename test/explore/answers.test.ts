/**
 * Answers to the goal questions given as new users give them: a correction to the number just
 * given, typed at the next question. Found trying the bot as new users.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

describe('Correcting a goal answer at the next question', () => {
  const fresh = freshAppPerTest('webchat');

  // "8" for how important, then at "what exactly will you do?" "sorry I meant 4": noted as what
  // they will do, with importance left at 8. ("can I change the importance to 6?" works.)
  it('takes "sorry I meant 4" as 4 for how important, never as what they will do', async () => {
    await sayAll(fresh.client, [...personToFirstGoal(), 'walk to the park', '8']);
    const reply = await fresh.client.say('sorry I meant 4');

    const record = await onlyRecord(fresh.running);
    expect(record.answers['goal.1.action']?.value, allText(reply)).to.equal(undefined);
    expect(record.answers['goal.1.importance']?.value).to.equal(4);
  });
});
