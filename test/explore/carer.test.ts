/**
 * A carer who, part way through, answers about themselves rather than the person. Found trying
 * the bot as new users.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

/** Ann for her mother Jean, who has diabetes: to "What is going well for Jean right now?". */
const toGoingWell = ['hi', '2', 'Jean', 'Ann', 'daughter', 'yes', 'diabetes', 'staying at home'];

describe('A carer talking about themselves at a question about the person', () => {
  const fresh = freshAppPerTest('webchat');

  // Noted as what is going well for Jean (the lead contact reads it under Jean's "What matters to
  // me"), and nothing of it reaches "Support for my carer": H6 says the carer's own needs are kept
  // apart from the person's answers.
  it('does not note "I am exhausted myself, I never get a break" as what is going well for Jean', async () => {
    const asked = await sayAll(fresh.client, toGoingWell);
    expect(lastQuestion(asked), allText(asked)).to.equal('whatMatters.goingWell');
    const said = 'to be honest I am exhausted myself, I never get a break';
    const reply = await fresh.client.say(said);

    const noted = (await onlyRecord(fresh.running)).answers['whatMatters.goingWell']?.value;
    expect(noted, allText(reply)).to.not.equal(said);
  });
});
