/**
 * Explorer 29b: Dev, 54, with type 2 diabetes, goes through the HbA1c, cholesterol and kidney
 * urine test (ACR) results Dr Sam Patel sent, by SMS, and asks for the results to stop.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { daysAgo, hba1c, quantityObservation, transaction } from '../support/results';
import { answerWords, atResult, onEach } from '../support/resultsChat';

const devResults = (): Record<string, unknown> =>
  transaction([
    hba1c(75, daysAgo(10)),
    quantityObservation({ code: '14647-2' }, 6.1, 'mmol/L', daysAgo(10)),
    quantityObservation({ code: '9318-7' }, 4.2, 'mg/mmol', daysAgo(10)),
  ]);

describe('Explorer 29b: "stop results" by text (H411)', function () {
  this.timeout(120_000);

  // At his HbA1c, "stop results" was taken as his thought on it and kept in the plan as a question
  // for the appointment; "stop sending me results" the same. "I don't want to see my results"
  // stops them; his own short words did not.
  for (const said of ['stop results', 'Stop the results', 'stop sending me results', 'please stop my results']) {
    it(`stops going through the results on "${said}", and keeps nothing as a question`, () =>
      onEach(['sms'], async (running, channelId) => {
        const { client } = await atResult(running, channelId, { results: devResults() });
        const replied = await client.say(said);

        expect(allText(replied)).to.match(/I won't go through the results here/);
        expect(answerWords(await onlyRecord(running)).join(' | ')).to.not.match(/stop/i);
      }));
  }

  // Gone through all three, at "What would you like to achieve?" "stop results" became goal 1,
  // "stop results", asked how important it was and sent to the lead contact as his goal.
  it('never makes "stop results" his goal after the results are gone through', () =>
    onEach(['sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId, { results: devResults() });
      for (const said of ['skip', 'skip']) await client.say(said);
      const atGoal = await client.say('skip');
      expect(atGoal.questions.at(-1)?.linkId).to.equal('goal.1.text');
      const replied = await client.say('stop results');

      expect(allText(replied)).to.match(/gone through all the test results/);
      expect(replied.questions.at(-1)?.linkId).to.equal('goal.1.text');
      expect(answerWords(await onlyRecord(running)).join(' | ')).to.not.match(/stop/i);
    }));

  // Near misses that stay his thoughts: a question about the results, and "stop" of something else.
  for (const said of ['what should it be?', 'can I stop the tablets if it goes down?']) {
    it(`keeps "${said}" as his thought on the result`, () =>
      onEach(['sms'], async (running, channelId) => {
        const { client } = await atResult(running, channelId, { results: devResults() });
        await client.say(said);
        expect(answerWords(await onlyRecord(running))).to.include(said);
      }));
  }
});
