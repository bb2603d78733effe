/**
 * The two mood questions, answered as new users answer them: a frequency instead of a yes, and a
 * correction to the question before. Found trying the bot as new users.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** On to "have you often been bothered by feeling down…?" (one goal, two topics, the first on top). */
const toMood = [...personToFirstGoal(), ...oneGoal, '1 and 2', 'skip', '1'];

describe('Mood answers given as people give them', () => {
  const fresh = freshAppPerTest('webchat');

  // "Most days" to "have you often been bothered…?" is more than often, but it was not understood,
  // then kept as "not sure": no positive screen, "would you like help?" never asked, and the plan
  // said "Not sure about one of the mood questions".
  it('notes "most days" to feeling down as yes and raises the positive screen', async () => {
    const asked = await sayAll(fresh.client, toMood);
    expect(lastQuestion(asked), allText(asked)).to.equal('mood.down');
    const reply = await fresh.client.say('most days');
    expect(lastQuestion(reply), allText(reply)).to.equal('mood.interest');

    const record = await onlyRecord(fresh.running);
    expect(record.answers['mood.down']?.value).to.equal(true);
    expect(record.flags.map((flag) => flag.kind)).to.include('moodScreenPositive');
  });

  // Said at the second question, the correction was noted as yes to the second (little interest)
  // while the first (feeling down) stayed no: the plan told the lead contact the opposite of both.
  it('takes "sorry I meant yes to the last one" as yes to feeling down, not to the question being asked', async () => {
    await sayAll(fresh.client, [...toMood, 'no']);
    const reply = await fresh.client.say('sorry I meant yes to the last one');
    // The screen may check in first; a clear no carries on.
    if (lastQuestion(reply) === 'safety.checkIn') await fresh.client.say('no');

    const record = await onlyRecord(fresh.running);
    expect(record.answers['mood.down']?.value, allText(reply)).to.equal(true);
    expect(record.answers['mood.interest']?.value).to.not.equal(true);
  });
});
