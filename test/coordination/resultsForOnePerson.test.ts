/**
 * Explorer 25b: a transaction Bundle posted to one person's invitation carried Observations for
 * two patients (Patient/123 and Patient/456, as a batch job that mixed its rows would send). All
 * were kept for the one person, who was then told another patient's HbA1c as their own.
 */
import { expect } from 'chai';
import { apiKey, hba1c, invite, postObservations, transaction } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';

const about = (reference: string, value: number): Record<string, unknown> => ({
  ...hba1c(value, '2026-06-01'),
  subject: { reference },
});

/** An Observation that names no patient. */
function withoutSubject(observation: Record<string, unknown>): Record<string, unknown> {
  const { subject: _subject, ...rest } = observation;
  return rest;
}

describe('Explorer 25b: results for one person in a request', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  it('refuses a Bundle whose Observations name two patients, naming the entry, and keeps none', async () => {
    const { id } = await invite(running);
    const res = await postObservations(
      running,
      id,
      transaction([about('Patient/123', 52), { ...about('Patient/456', 75), effectiveDateTime: '2026-05-01' }]),
    );

    expect(res.status).to.equal(400);
    expect(res.body).to.include({ field: 'entry[1].resource.subject' });
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);
  });

  it('takes a Bundle whose Observations all name the same patient, or none', async () => {
    const { id } = await invite(running);
    const res = await postObservations(
      running,
      id,
      transaction([
        about('Patient/123', 52),
        { ...about('Patient/123', 58), effectiveDateTime: '2026-01-01' },
        withoutSubject(hba1c(60, '2025-06-01')),
      ]),
    );

    expect(res.status).to.equal(201);
    expect(res.body).to.include({ added: 3 });
  });
});
