/**
 * Answers given as new users give them: a correction to the number just given, typed at the next
 * question; a yes with the next answer in it. Found trying the bot as new
 * users.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { oneGoal, personToFirstGoal } from '../support/scripts';
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

describe('A yes that carries its answer', () => {
  const fresh = freshAppPerTest('webchat');

  // "Would you like to add another goal?" "yes I want to lose weight": noted yes, then "What is
  // something you would like to achieve?" with the goal they had just typed dropped.
  it('keeps or offers the goal in "yes I want to lose weight" to "add another goal?"', async () => {
    const asked = await sayAll(fresh.client, [...personToFirstGoal(), ...oneGoal.slice(0, -1)]);
    expect(lastQuestion(asked), allText(asked)).to.equal('goal.another');
    const reply = await fresh.client.say('yes I want to lose weight');

    const noted = (await onlyRecord(fresh.running)).answers['goal.2.text']?.value;
    const kept = typeof noted === 'string' && noted.includes('lose weight');
    expect(kept || allText(reply).includes('lose weight'), allText(reply)).to.equal(true);
  });
});
