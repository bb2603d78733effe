/**
 * Results 26: the results part was headed "Part 2 of 6: your test results" straight after
 * "Part 2 of 6: what matters", so the person read part 2 begin twice; and a result's name kept its
 * capital mid-sentence ("Dr Sam Patel would like to talk about your Blood pressure at the
 * appointment", "What does my Blood pressure result mean?", "did not send your Kidney blood test
 * (eGFR) result").
 */
import { expect } from 'chai';
import { allText, type PostResult } from '../support/botClient';
import { bloodPressure, daysAgo, hba1c, transaction } from '../support/results';
import { atResult, carerAnswers, onEach } from '../support/resultsChat';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { chatClient } from '../support/startApp';
import { invite, postObservations } from '../support/results';

const inPerson = { url: 'https://careprep.example.org/fhir/StructureDefinition/discuss-in-person', valueBoolean: true };

describe('Results 26: the results part in words', () => {
  for (const carer of [false, true])
    it(`heads part 2 once, and the results without its number again (${carer ? 'a carer' : 'the person'})`, () =>
      onEach(['webchat', 'sms'], async (running, channelId) => {
        const { id, code } = await invite(running);
        await postObservations(running, id, transaction([hba1c(52, daysAgo(10))]));
        const client = chatClient(running, { channelId });
        const said: PostResult[] = [];
        const say = async (text: string): Promise<PostResult> => {
          const result = await client.say(text);
          said.push(result);
          return result;
        };
        await walkTo(say, 'result.hba1c.thoughts', carer ? carerAnswers : plainPersonAnswers, code);
        const text = said.map(allText).join('\n');

        expect(text.match(/Part 2 of 6/g), channelId).to.have.length(1);
        expect(text, channelId).to.match(carer ? /Jean's test results/ : /Your test results/);
        const where = allText(await client.say('where was I?'));
        expect(where, channelId).to.match(
          carer ? /part 2 of 6: Jean's test results/ : /part 2 of 6: your test results/,
        );
      }));

  it('names a result kept for the appointment in small letters mid-sentence', () =>
    onEach(['webchat', 'sms'], async (running, channelId) => {
      const body = transaction([
        hba1c(52, daysAgo(10)),
        { ...bloodPressure(150, 95, daysAgo(10)), extension: [inPerson] },
      ]);
      const { asked } = await atResult(running, channelId, { results: body });
      const text = allText(asked);

      expect(text, channelId).to.match(/talk about your blood pressure at the appointment/);
      expect(text, channelId).to.not.match(/ Blood pressure/);
    }));

  it('asks "What does my blood pressure result mean?" and says a kidney result was not sent in small letters', () =>
    onEach(['webchat', 'sms'], async (running, channelId) => {
      const body = transaction([hba1c(52, daysAgo(10)), bloodPressure(138, 84, daysAgo(10))]);
      const { client } = await atResult(running, channelId, { results: body });
      const notSent = allText(await client.say('what was my eGFR'));
      await client.say('skip');
      const meaning = allText(await client.say('what does that mean?'));

      expect(notSent, channelId).to.match(/did not send your kidney blood test \(eGFR\) result/);
      expect(meaning, channelId).to.include('What does my blood pressure result mean?');
    }));
});
