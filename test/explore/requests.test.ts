/**
 * Questions about the service asked at a question, as new users ask them: what happens to their
 * data, and who has the plan. Found trying the bot as new users.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { jeanToConsent, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** To "What is going well for you right now?", answering for themselves. */
const toGoingWell = ['hi', 'me', 'Jean', 'diabetes', 'family'];

describe('Asking what happens to their data at a question', () => {
  const fresh = freshAppPerTest('webchat');

  // "who can see this?" and "what happens to my answers" are answered; "what happens to my data?"
  // was noted as what is going well for them (shown to the lead contact if shared), with no answer.
  it('answers "what happens to my data?" and asks the question again, noting nothing', async () => {
    await sayAll(fresh.client, toGoingWell);
    for (const asked of ['what happens to my data?', 'what do you do with my information?']) {
      const reply = await fresh.client.say(asked);
      expect(lastQuestion(reply), `${asked}: ${allText(reply)}`).to.equal('whatMatters.goingWell');
      expect((await onlyRecord(fresh.running)).answers['whatMatters.goingWell'], asked).to.equal(undefined);
    }
  });
});

describe('Asking who has the plan at the consent question', () => {
  const fresh = freshAppPerTest('webchat');

  // At "Can I share this plan with Dr Sam Patel?", "who has my plan?" was not understood, and the
  // second time kept as their answer and taken as a no: "That's fine. Nobody else will see your
  // plan." The question was never answered and a decision was made for them.
  it('never takes "who has my plan?" as the answer to "can I share this plan?"', async () => {
    const code = await invitationCode(fresh.running);
    await walkTo((text) => fresh.client.say(text), 'share.consent', jeanToConsent, code);
    await fresh.client.say('who has my plan?');
    const reply = await fresh.client.say('who has my plan?');

    expect(lastQuestion(reply), allText(reply)).to.equal('share.consent');
    expect((await onlyRecord(fresh.running)).consents).to.deep.equal([]);
  });
});
