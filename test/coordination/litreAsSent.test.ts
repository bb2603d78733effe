/**
 * Explorer 25b: UCUM writes the litre as "L" or "l" (both are its codes for one unit), and many
 * laboratory feeds send "mmol/l", "mg/dl" or "ml/min/1.73m2". Each was refused, so a cholesterol
 * of 5.4 mmol/l never reached the person's results.
 */
import { expect } from 'chai';
import { onlyRecord } from '../support/onlyRecord';
import { BotClient } from '../support/botClient';
import { apiKey, invite, postObservations, quantityObservation } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';

describe('Explorer 25b: a litre written "l"', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  it('takes "mmol/l", "mg/dl" and "ml/min/1.73m2" as their "L" forms, converted as those are', async () => {
    const { id, code } = await invite(running);
    await new BotClient(running.baseUrl, { channelId: 'webchat' }).say(code);
    const sent = [
      quantityObservation({ code: '14647-2' }, 5.4, 'mmol/l', '2026-06-01'),
      quantityObservation({ code: '2093-3' }, 193, 'mg/dl', '2026-01-01'),
      quantityObservation({ code: '62238-1' }, 62, 'ml/min/1.73m2', '2026-06-01'),
    ];
    for (const observation of sent) expect((await postObservations(running, id, observation)).status).to.equal(201);

    const values = (await onlyRecord(running)).results.items.map((r) => [r.measure, r.value]);
    expect(values).to.deep.include.members([
      ['totalCholesterol', { kind: 'number', value: 5 }],
      ['totalCholesterol', { kind: 'number', value: 5.4 }],
      ['egfr', { kind: 'number', value: 62 }],
    ]);
  });

  it('still refuses a unit that is not the measure\'s, however it is written ("mmol/mol" for cholesterol)', async () => {
    const { id } = await invite(running);
    const res = await postObservations(
      running,
      id,
      quantityObservation({ code: '14647-2' }, 5.4, 'mmol/mol', '2026-06-01'),
    );
    expect(res.status).to.equal(400);
  });
});
