/**
 * A person or carer who chooses not to go through their results before the visit: the choice is
 * kept as that (not as each result skipped), the plan says so, and "show me my results" takes it
 * back.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { answerWords, atResult, onEach, savedClaim } from '../support/resultsChat';

describe('Choosing not to go through the results before the visit', () => {
  it('records a person or carer who does not want to see their results as having chosen not to, asks about none of them, and keeps none of their words', async () => {
    const cases = [
      { said: "I don't want to see my results", channelId: 'webchat', carer: false },
      { said: "I don't want to see my results", channelId: 'sms', carer: false },
      { said: "I'd rather not look at my results", channelId: 'webchat', carer: false },
      { said: 'skip the results', channelId: 'sms', carer: false },
      { said: "Mum doesn't want to see her results", channelId: 'msteams', carer: true },
    ] as const;
    for (const { said, channelId, carer } of cases) {
      await onEach([channelId], async (running) => {
        const { client } = await atResult(running, channelId, { carer });
        const reply = await client.say(said);
        const text = allText(reply);
        const record = await onlyRecord(running);

        expect(text, `${channelId}, "${said}": the next result shown`).to.not.include('how hard the blood pushes');
        expect(text, `${channelId}, "${said}"`).to.include('Dr Sam Patel');
        expect(text, `${channelId}, "${said}"`).to.match(/appointment/);
        expect(text, `${channelId}, "${said}": how to change their mind`).to.match(/show (me )?my results/i);
        expect(text, `${channelId}, "${said}"`).to.not.match(savedClaim);
        expect(lastQuestion(reply), `${channelId}, "${said}": the next part`).to.not.match(/^result\./);
        expect(record.results.declinedAt, `${channelId}, "${said}": recorded as chosen`).to.be.a('string');
        expect(
          Object.keys(record.answers).filter((key) => key.startsWith('result.')),
          `${channelId}, "${said}": no result noted as skipped one by one`,
        ).to.deep.equal([]);
        expect(answerWords(record), `${channelId}, "${said}": kept as a question for the team`).to.not.include(said);
      });
    }
  });

  it('says in the plan that the person chose not to go through their results, and shows none they did not see', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      await client.say("I don't want to see my results");
      const plan = allText(await client.say('show my plan'));

      expect(plan, channelId).to.match(/Chose not to go through the test results before the visit/);
      expect(plan, `${channelId}: a value they chose not to see`).to.not.match(/\b75\b|150\/95|6\.1/);
    });
  });

  it('goes through the results when a person who chose not to see them says "show me my results", then carries on where they were', async () => {
    await onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const declined = await client.say("I don't want to see my results");
      const where = lastQuestion(declined);
      const shown = await client.say('show me my results');
      const record = await onlyRecord(running);

      expect(lastQuestion(shown), channelId).to.equal('result.hba1c.thoughts');
      expect(allText(shown), channelId).to.match(/HbA1c[\s\S]*\b75\b/);
      expect(record.results.declinedAt, `${channelId}: no longer recorded as chosen`).to.equal(undefined);
      await client.say('Is 75 too high?');
      await client.say('skip');
      const back = await client.say('skip');

      expect(lastQuestion(back), `${channelId}: back where they were`).to.equal(where);
      const plan = allText(await client.say('show my plan'));
      expect(plan, channelId).to.not.match(/Chose not to go through/);
      expect(plan, channelId).to.match(/My question: Is 75 too high\?/);
    });
  });
});
