/**
 * Results 28 (H302): LOINC 32294-1, "Albumin/Creatinine [Ratio] in Urine", is the kidney urine
 * test (ACR) as laboratories that report it in mg/mmol code it (HL7 Switzerland's uACR profile,
 * whose example is 2.8 mg/mmol; laboratory maps to UCUM mg/mmol{creat}). It was not among the
 * catalogue's ACR codes, so an ACR sent under it was refused as unknown and an ACR of 70 mg/mmol or
 * more changed nothing. Its property is a ratio of no fixed units, so no unit is implied: the
 * value is read in the unit sent, converted from mg/g as 9318-7's is, and refused without one.
 */
import { expect } from 'chai';
import { onlyRecord } from '../support/onlyRecord';
import { allText, BotClient } from '../support/botClient';
import {
  apiKey,
  bloodPressure,
  daysAgo,
  hba1c,
  invite,
  postObservations,
  quantityObservation,
  transaction,
} from '../support/results';
import { onEach } from '../support/resultsChat';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { chatClient, startApp, type RunningApp } from '../support/startApp';

const ratio = { code: '32294-1' };

describe('Results 28: an ACR sent under LOINC 32294-1', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  it('takes it as the kidney urine test, in mg/mmol or converted from mg/g, with or without the {creat} note', async () => {
    const { id, code } = await invite(running);
    await new BotClient(running.baseUrl, { channelId: 'webchat' }).say(code);
    const sent = [
      quantityObservation(ratio, 84, 'mg/mmol', '2026-06-01'),
      quantityObservation(ratio, 2.8, 'mg/mmol{creat}', '2026-05-01'),
      quantityObservation(ratio, 30, 'mg/g', '2026-04-01'),
      quantityObservation(ratio, 742, 'mg/g{creat}', '2026-03-01'),
    ];
    for (const observation of sent) {
      const res = await postObservations(running, id, observation);
      expect(res.status, JSON.stringify(res.body)).to.equal(201);
    }

    const values = (await onlyRecord(running)).results.items.map((r) => [r.measure, r.value]);
    expect(values).to.deep.include.members([
      ['urineAcr', { kind: 'number', value: 84 }],
      ['urineAcr', { kind: 'number', value: 2.8 }],
      ['urineAcr', { kind: 'number', value: 3.4 }],
      ['urineAcr', { kind: 'number', value: 83.9 }],
    ]);
  });

  it('refuses it with no unit, or in a unit that is no ACR unit, naming the unit', async () => {
    const { id } = await invite(running);
    const { valueQuantity: _q, ...noUnit } = quantityObservation(ratio, 84, 'mg/mmol', '2026-06-01');
    const bodies = [
      { ...noUnit, valueQuantity: { value: 84 } },
      quantityObservation(ratio, 84, '{ratio}', '2026-06-01'),
      quantityObservation(ratio, 84, '1', '2026-06-01'),
      quantityObservation(ratio, 84, 'mg/L', '2026-06-01'),
    ];
    for (const body of bodies) {
      const res = await postObservations(running, id, body);
      expect(res.status, JSON.stringify(body)).to.equal(400);
      expect(res.body, JSON.stringify(body)).to.include({ field: 'valueQuantity.code' });
    }
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);
  });
});

describe('Results 28: NICE NG203 from an ACR sent under LOINC 32294-1', () => {
  it('holds blood pressure against 130/80 in the chat when that ACR, sent in mg/g, is 70 mg/mmol or more', () =>
    onEach(['webchat'], async (running, channelId) => {
      const { id, code } = await invite(running);
      const body = transaction([
        hba1c(52, daysAgo(10)),
        bloodPressure(135, 78, daysAgo(10)),
        quantityObservation(ratio, 742, 'mg/g', daysAgo(10)),
      ]);
      expect((await postObservations(running, id, body)).status).to.equal(201);
      const client = chatClient(running, { channelId });
      await walkTo((text) => client.say(text), 'result.hba1c.thoughts', plainPersonAnswers, code);
      const text = allText(await client.say('skip'));

      expect(text).to.include('130/80');
      expect(text).to.not.include('This result is inside the target.');
    }));
});
