/**
 * Results 28 (H271): a FHIR Quantity gives its unit twice, as words (`unit`) and as a UCUM code
 * (`code`). Only the code was read, so an HbA1c of 48 sent as `unit: "%"` with `code: "mmol/mol"`
 * (or 5.0 cholesterol shown as mg/dL, coded mmol/L) was told to the person as 48 mmol/mol: a value
 * whose two units disagree was explained in one of them, chosen without knowing which is right.
 * Now, where the words name another unit of the same measure that converts differently, the result
 * is refused (a 400 to the sending system); words that say the same unit another way, or that are
 * not a unit Careprep knows, still let the code decide.
 */
import { expect } from 'chai';
import { onlyRecord } from '../support/onlyRecord';
import { BotClient } from '../support/botClient';
import { apiKey, invite, postObservations, quantityObservation } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';

const ucum = 'http://unitsofmeasure.org';

/** An Observation whose unit words (`unit`) and UCUM code (`code`) are given apart. */
function saying(
  code: string,
  value: number,
  words: string,
  unitCode: string,
  at = '2026-06-01',
): Record<string, unknown> {
  // SNOMED CT concept ids are longer than LOINC codes, and have no dash.
  const system = code.includes('-') ? 'http://loinc.org' : 'http://snomed.info/sct';
  return {
    ...quantityObservation({ system, code }, value, unitCode, at),
    valueQuantity: { value, unit: words, system: ucum, code: unitCode },
  };
}

describe('Results 28: a value whose unit words and unit code disagree', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  const disagreeing: Array<[string, string, number, string, string]> = [
    ['an HbA1c with no unit in its code, shown in % and coded mmol/mol', '1003671000000109', 48, '%', 'mmol/mol'],
    ['an HbA1c shown in mmol/mol and coded %', '1003671000000109', 7.5, 'mmol/mol', '%'],
    ['an IFCC HbA1c shown in %', '59261-8', 48, '%', 'mmol/mol'],
    ['a cholesterol shown in mg/dL and coded mmol/L', '14647-2', 5, 'mg/dL', 'mmol/L'],
    ['a cholesterol shown in mg/dl (a small l) and coded mmol/L', '14647-2', 5, 'mg/dl', 'mmol/L'],
    ['an ACR shown in mg/g and coded mg/mmol', '9318-7', 30, 'mg/g', 'mg/mmol'],
    ['a weight shown in [lb_av] and coded kg', '29463-7', 70, '[lb_av]', 'kg'],
  ];
  for (const [what, code, value, words, unitCode] of disagreeing)
    it(`refuses ${what}, naming the unit, and keeps nothing`, async () => {
      const { id } = await invite(running);
      const res = await postObservations(running, id, saying(code, value, words, unitCode));

      expect(res.status).to.equal(400);
      expect(res.body).to.include({ field: 'valueQuantity.unit' });
      expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);
    });

  it('takes unit words that say the code’s unit another way, or are no unit Careprep knows, as the code says', async () => {
    const { id, code } = await invite(running);
    await new BotClient(running.baseUrl, { channelId: 'webchat' }).say(code);
    const sent = [
      saying('14647-2', 5.4, 'mmol/l', 'mmol/L', '2026-06-01'),
      saying('62238-1', 62, 'mL/min', 'mL/min/{1.73_m2}', '2026-06-01'),
      saying('33914-3', 58, 'mL/min/1.73m2', 'mL/min/{1.73_m2}', '2026-05-01'),
      saying('59261-8', 53, 'mmol/mol (IFCC)', 'mmol/mol', '2026-06-01'),
      saying('9318-7', 30, 'milligrams per gram', 'mg/g', '2026-06-01'),
    ];
    for (const observation of sent) {
      const res = await postObservations(running, id, observation);
      expect(res.status, JSON.stringify(res.body)).to.equal(201);
    }

    const values = (await onlyRecord(running)).results.items.map((r) => [r.measure, r.value]);
    expect(values).to.deep.include.members([
      ['totalCholesterol', { kind: 'number', value: 5.4 }],
      ['egfr', { kind: 'number', value: 62 }],
      ['egfr', { kind: 'number', value: 58 }],
      ['hba1c', { kind: 'number', value: 53 }],
      ['urineAcr', { kind: 'number', value: 3.4 }],
    ]);
  });
});
