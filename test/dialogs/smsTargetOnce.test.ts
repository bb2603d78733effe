/**
 * Dialog 29 (H385): on SMS a result's explanation stated its target twice in one text: "HbA1c, 27 Nov
 * 2026: 75 mmol/mol, no earlier result sent, target 48-53." and then "The usual target is 48-53
 * mmol/mol. Source: ...". The line with the name keeps the trend, and the target is said once,
 * with its source. Through the real bot at the results, for the person and a carer; web chat, which
 * never put the target in its first line, is checked alongside.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { bloodPressure, daysAgo, hba1c, transaction } from '../support/results';
import { atResult, onEach } from '../support/resultsChat';

/** The text that explains the HbA1c: from its name to the question about it. */
function hba1cText(all: string): string {
  return all.slice(all.indexOf('HbA1c'));
}

describe("Dialog 29: a result's target said once in its explanation", () => {
  for (const carer of [false, true])
    it(`says the HbA1c target once, with its source (${carer ? 'a carer' : 'the person'})`, () =>
      onEach(['sms', 'webchat'], async (running, channelId) => {
        const { client, asked } = await atResult(running, channelId, { carer });
        const text = hba1cText(allText(asked));

        expect(text.match(/target/gi), `${channelId}: ${text}`).to.have.length(2); // the usual target is …, above the target
        expect(text.match(/48(?:-| to )53/g), `${channelId}: ${text}`).to.have.length(1);
        expect(text, channelId).to.match(/Source: Year of Care/);
        if (channelId === 'sms') expect(text).to.match(/HbA1c, \d+ \w+ \d{4}: 75 mmol\/mol, no earlier result sent\./);

        const again = hba1cText(allText(await client.say('what does it mean')));
        expect(again.match(/48(?:-| to )53/g), `${channelId}: ${again}`).to.have.length(1);
      }));

  it('says the blood pressure targets by age once on SMS', () =>
    onEach(['sms'], async (running, channelId) => {
      const body = transaction([hba1c(52, daysAgo(10)), bloodPressure(150, 95, daysAgo(10))]);
      const { client } = await atResult(running, channelId, { results: body });
      const text = allText(await client.say('skip'));
      const pressure = text.slice(text.indexOf('Blood pressure'));

      expect(pressure.match(/140\/90/g), pressure).to.have.length(1);
      expect(pressure.match(/150\/90/g), pressure).to.have.length(1);
    }));
});
