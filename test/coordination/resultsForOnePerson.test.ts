/**
 * Explorer 25b: a transaction Bundle posted to one person's invitation carried Observations for
 * two patients (Patient/123 and Patient/456, as a batch job that mixed its rows would send). All
 * were kept for the one person, who was then told another patient's HbA1c as their own.
 * Results 26: a single Observation (or a Bundle) for another patient, sent after the invitation's
 * first results, was still taken: the invitation did not remember whose results it had been sent.
 */
import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
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

  it('refuses a single Observation naming another patient than the results sent before, and keeps it out', async () => {
    const { id } = await invite(running);
    expect((await postObservations(running, id, about('Patient/123', 52))).status).to.equal(201);

    const other = await postObservations(running, id, { ...about('Patient/456', 75), effectiveDateTime: '2026-05-01' });

    expect(other.status).to.equal(400);
    expect(other.body).to.include({ error: 'BadRequest', field: 'subject' });
    expect(other.body.message).to.match(/different patient/);
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.have.length(1);
  });

  it('refuses another patient after the person has used their code, when their results are in the record', async () => {
    const { id, code } = await invite(running);
    expect((await postObservations(running, id, about('Patient/123', 52))).status).to.equal(201);
    await new BotClient(running.baseUrl, { channelId: 'webchat' }).say(code);
    // A later result moves what waited into the record: the inbox no longer holds who they are about.
    expect(
      (await postObservations(running, id, { ...about('Patient/123', 58), effectiveDateTime: '2026-03-01' })).status,
    ).to.equal(201);
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);

    const single = await postObservations(running, id, {
      ...about('Patient/456', 75),
      effectiveDateTime: '2026-05-01',
    });
    const bundle = await postObservations(
      running,
      id,
      transaction([
        withoutSubject(hba1c(60, '2025-06-01')),
        { ...about('Patient/456', 75), effectiveDateTime: '2026-05-01' },
      ]),
    );

    expect(single.status).to.equal(400);
    expect(single.body).to.include({ field: 'subject' });
    expect(bundle.status).to.equal(400);
    expect(bundle.body).to.include({ field: 'entry[1].resource.subject' });
    expect((await onlyRecord(running)).results.items.map((r) => r.value)).to.deep.equal([
      { kind: 'number', value: 58 },
      { kind: 'number', value: 52 },
    ]);
  });

  it('refuses another NHS number, or another Patient written as an absolute URL, after results naming both ways', async () => {
    const { id } = await invite(running);
    const nhs = (value: string) => ({ system: 'https://fhir.nhs.uk/Id/nhs-number', value });
    const first = { ...hba1c(52, '2026-06-01'), subject: { reference: 'Patient/123', identifier: nhs('9434765919') } };
    expect((await postObservations(running, id, first)).status).to.equal(201);

    const otherNumber = await postObservations(running, id, {
      ...hba1c(75, '2026-05-01'),
      subject: { reference: 'Patient/123', identifier: nhs('9434765870') },
    });
    const otherUrl = await postObservations(running, id, {
      ...hba1c(75, '2026-05-01'),
      subject: { reference: 'https://gp.example.nhs.uk/fhir/Patient/456' },
    });

    expect(otherNumber.status).to.equal(400);
    expect(otherUrl.status).to.equal(400);
    expect(otherUrl.body.message).to.match(/different patient/);
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.have.length(1);
  });

  it('takes the same patient again, and results that name no patient', async () => {
    const { id } = await invite(running);
    expect((await postObservations(running, id, about('Patient/123', 52))).status).to.equal(201);

    const same = await postObservations(running, id, { ...about('Patient/123', 58), effectiveDateTime: '2026-01-01' });
    const unnamed = await postObservations(running, id, withoutSubject(hba1c(60, '2025-06-01')));

    expect(same.status).to.equal(201);
    expect(unnamed.status).to.equal(201);
  });
});
