/**
 * Review 26, finding: results 26 (H269) remembers the patient an invitation's results named as the
 * text of one field (`reference …` when there is one, else `identifier …`), and refuses any later
 * request whose text differs. The same person written another way, as FHIR allows and GP systems
 * do, is then refused with a 400 and their results are lost: a first batch naming
 * `Patient/123` with the NHS number, a later single result naming only the NHS number, or the same
 * Patient written as an absolute URL.
 */
import { expect } from 'chai';
import { apiKey, hba1c, invite, postObservations } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';

const nhsNumber = { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' };

describe('Review 26: later results for the same patient, written another way', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  it('takes a result naming only the NHS number after results that named Patient/123 with that NHS number', async () => {
    const { id } = await invite(running);
    const first = { ...hba1c(52, '2026-06-01'), subject: { reference: 'Patient/123', identifier: nhsNumber } };
    expect((await postObservations(running, id, first)).status).to.equal(201);

    const later = await postObservations(running, id, {
      ...hba1c(58, '2026-01-01'),
      subject: { identifier: nhsNumber },
    });

    expect(later.status, JSON.stringify(later.body)).to.equal(201);
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.have.length(2);
  });

  it('takes a result naming the same Patient by its absolute URL after one naming it relatively', async () => {
    const { id } = await invite(running);
    const first = { ...hba1c(52, '2026-06-01'), subject: { reference: 'Patient/123' } };
    expect((await postObservations(running, id, first)).status).to.equal(201);

    const later = await postObservations(running, id, {
      ...hba1c(58, '2026-01-01'),
      subject: { reference: 'https://gp.example.nhs.uk/fhir/Patient/123' },
    });

    expect(later.status, JSON.stringify(later.body)).to.equal(201);
  });
});
