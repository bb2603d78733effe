/**
 * Results 28 (H269): the first results an invitation is sent fix whose results it holds (their
 * NHS number, or failing that their patient reference); later results that cannot be shown to name
 * that patient are refused with a 400 to the sending system, and nothing is told to the person.
 * Before, results naming nothing comparable were taken: a bare `Patient/456` after results naming
 * only an NHS number, or for an invitation made with one, and an NHS number after results naming
 * only `Patient/123`. FHIR R4 lets a Reference carry a literal `reference`, an `identifier`, or both;
 * a relative reference resolves only on the sender's own server, so Careprep cannot check it.
 */
import { expect } from 'chai';
import { apiKey, hba1c, invite, postObservations, transaction } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';

const nhs = 'https://fhir.nhs.uk/Id/nhs-number';
const theirs = '9434765919';
const another = '4010232137';

/** An HbA1c naming its patient as `subject` says; `at` keeps each a different result. */
const naming = (subject: Record<string, unknown>, at: string, value = 52): Record<string, unknown> => ({
  ...hba1c(value, at),
  subject,
});
const byNhs = (value: string): Record<string, unknown> => ({ identifier: { system: nhs, value } });
const byReference = (reference: string): Record<string, unknown> => ({ reference });

/** A transaction Bundle with a Patient (PUT to its id) and Observations naming it by `Patient/id`. */
function withPatient(patient: Record<string, unknown>, observations: Record<string, unknown>[]): unknown {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: 'urn:uuid:10000000-0000-4000-8000-000000000001',
        resource: { resourceType: 'Patient', ...patient },
        request: { method: 'PUT', url: `Patient/${String(patient.id)}` },
      },
      ...observations.map((resource, i) => ({
        fullUrl: `urn:uuid:20000000-0000-4000-8000-00000000000${i}`,
        resource,
        request: { method: 'POST', url: 'Observation' },
      })),
    ],
  };
}

describe('Results 28: results for an invitation made with an NHS number name it', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  it('refuses results naming the patient only by a reference, asking for the NHS number, and keeps none', async () => {
    const { id } = await invite(running, { nhsNumber: theirs });
    for (const reference of ['Patient/456', 'https://gp.example.nhs.uk/fhir/Patient/456', 'urn:uuid:unknown']) {
      const res = await postObservations(running, id, naming(byReference(reference), '2026-06-01'));

      expect(res.status, reference).to.equal(400);
      expect(res.body, reference).to.include({ field: 'subject' });
      expect(String(res.body.message), reference).to.match(/NHS number/);
    }
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);
  });

  it('refuses a reference-only Observation in a Bundle, naming its entry, and a Patient with no NHS number', async () => {
    const { id } = await invite(running, { nhsNumber: theirs });
    const mixed = transaction([
      naming(byNhs(theirs), '2026-06-01'),
      naming(byReference('Patient/456'), '2026-01-01', 58),
    ]);
    const noNumber = withPatient({ id: '123' }, [naming(byReference('Patient/123'), '2026-06-01')]);

    const first = await postObservations(running, id, mixed);
    const second = await postObservations(running, id, noNumber);

    expect(first.status).to.equal(400);
    expect(first.body).to.include({ field: 'entry[1].resource.subject' });
    expect(second.status).to.equal(400);
    expect(String(second.body.message)).to.match(/NHS number/);
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);
  });

  it('takes a reference the Patient beside it resolves to the NHS number, and that reference alone later', async () => {
    const { id } = await invite(running, { nhsNumber: theirs });
    const body = withPatient({ id: '123', identifier: [{ system: nhs, value: theirs }] }, [
      naming(byReference('Patient/123'), '2026-06-01'),
    ]);

    expect((await postObservations(running, id, body)).status).to.equal(201);
    expect((await postObservations(running, id, naming(byReference('Patient/123'), '2026-01-01', 58))).status).to.equal(
      201,
    );
    const other = await postObservations(running, id, naming(byReference('Patient/456'), '2025-06-01', 60));
    expect(other.status).to.equal(400);
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.have.length(2);
  });
});

describe('Results 28: the first results fix the patient for an invitation made without an NHS number', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  it('refuses a bare reference after results naming only an NHS number', async () => {
    const { id } = await invite(running);
    expect((await postObservations(running, id, naming(byNhs(theirs), '2026-06-01'))).status).to.equal(201);

    const res = await postObservations(running, id, naming(byReference('Patient/456'), '2026-01-01', 58));

    expect(res.status).to.equal(400);
    expect(res.body).to.include({ field: 'subject' });
    expect(String(res.body.message)).to.match(/NHS number/);
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.have.length(1);
  });

  it('refuses a bare NHS number after results naming only Patient/123, and takes it once sent with the reference', async () => {
    const { id } = await invite(running);
    expect((await postObservations(running, id, naming(byReference('Patient/123'), '2026-06-01'))).status).to.equal(
      201,
    );

    const bare = await postObservations(running, id, naming(byNhs(another), '2026-01-01', 58));
    const both = await postObservations(
      running,
      id,
      naming({ reference: 'Patient/123', identifier: { system: nhs, value: theirs } }, '2026-01-01', 58),
    );
    const numberAfter = await postObservations(running, id, naming(byNhs(theirs), '2025-06-01', 60));
    const otherNumber = await postObservations(running, id, naming(byNhs(another), '2025-01-01', 61));

    expect(bare.status).to.equal(400);
    expect(bare.body).to.include({ field: 'subject' });
    expect(both.status).to.equal(201);
    expect(numberAfter.status).to.equal(201);
    expect(otherNumber.status).to.equal(400);
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.have.length(3);
  });

  it('holds the Observations of the first request to each other the same way', async () => {
    const { id } = await invite(running);
    const res = await postObservations(
      running,
      id,
      transaction([naming(byNhs(theirs), '2026-06-01'), naming(byReference('Patient/456'), '2026-01-01', 58)]),
    );

    expect(res.status).to.equal(400);
    expect(res.body).to.include({ field: 'entry[1].resource.subject' });
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);
  });

  it('still takes the same reference again, written as an absolute URL, and results naming no patient', async () => {
    const { id } = await invite(running);
    const { subject: _subject, ...nobody } = hba1c(60, '2025-06-01');

    expect((await postObservations(running, id, naming(byReference('Patient/123'), '2026-06-01'))).status).to.equal(
      201,
    );
    expect(
      (
        await postObservations(
          running,
          id,
          naming(byReference('https://gp.example.nhs.uk/fhir/Patient/123/_history/2'), '2026-01-01', 58),
        )
      ).status,
    ).to.equal(201);
    expect((await postObservations(running, id, nobody)).status).to.equal(201);
  });
});
