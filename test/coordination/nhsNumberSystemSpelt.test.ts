/**
 * Dialog 29 (H386): results naming the patient by their NHS number with the system written another
 * lawful way ("http://fhir.nhs.uk/Id/nhs-number", a trailing slash, the host in capitals) were
 * refused with 400 ("names the patient without their NHS number"), so the person saw no results.
 * Exact equivalents of https://fhir.nhs.uk/Id/nhs-number (scheme http or https, the host in any
 * case, a trailing slash) are now that system; anything else (another path, its case, another host,
 * a port, a query) is another system, refused as before. Over real HTTP on a real sqlite app, with
 * an Observation's subject and with a Patient in a transaction Bundle.
 */
import { expect } from 'chai';
import { apiKey, hba1c, invite, postObservations } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';

const theirs = '9434765919';
const another = '4010232137';

const namedBy = (system: string, value = theirs): Record<string, unknown> => ({
  ...hba1c(52, '2026-06-01'),
  subject: { identifier: { system, value } },
});

/** A transaction Bundle of a Patient with `system`'s NHS number, and an HbA1c naming it. */
function withPatient(system: string, value = theirs): unknown {
  const patientUrl = 'urn:uuid:10000000-0000-4000-8000-000000000001';
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: patientUrl,
        resource: { resourceType: 'Patient', identifier: [{ system, value }] },
        request: { method: 'POST', url: 'Patient' },
      },
      {
        fullUrl: 'urn:uuid:20000000-0000-4000-8000-000000000000',
        resource: { ...hba1c(52, '2026-06-01'), subject: { reference: patientUrl } },
        request: { method: 'POST', url: 'Observation' },
      },
    ],
  };
}

const equivalents = [
  'https://fhir.nhs.uk/Id/nhs-number',
  'http://fhir.nhs.uk/Id/nhs-number',
  'https://fhir.nhs.uk/Id/nhs-number/',
  'http://fhir.nhs.uk/Id/nhs-number/',
  'https://FHIR.NHS.UK/Id/nhs-number',
  'HTTPS://fhir.nhs.uk/Id/nhs-number',
  'https://Fhir.Nhs.Uk/Id/nhs-number/',
];

const others = [
  'https://fhir.nhs.uk/id/nhs-number',
  'https://fhir.nhs.uk/Id/NHS-Number',
  'https://fhir.nhs.uk/Id/nhs-number//',
  'https://fhir.nhs.uk:443/Id/nhs-number',
  'https://fhir.nhs.uk/Id/nhs-number?x=1',
  'https://fhir.nhs.uk/Id/nhs-number#x',
  'ftp://fhir.nhs.uk/Id/nhs-number',
  'https://fhir.nhs.uk.example.org/Id/nhs-number',
  'fhir.nhs.uk/Id/nhs-number',
  'https://fhir.nhs.uk/Id/local-number',
];

describe('Dialog 29: the NHS number system written another lawful way', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  for (const system of equivalents) {
    it(`takes results naming the invited NHS number with system ${system}`, async () => {
      const { id } = await invite(running, { nhsNumber: theirs });
      const res = await postObservations(running, id, namedBy(system));

      expect(res.status, JSON.stringify(res.body)).to.equal(201);
    });

    it(`takes a Bundle whose Patient carries the NHS number with system ${system}`, async () => {
      const { id } = await invite(running, { nhsNumber: theirs });
      const res = await postObservations(running, id, withPatient(system));

      expect(res.status, JSON.stringify(res.body)).to.equal(201);
    });

    it(`refuses another NHS number with system ${system}`, async () => {
      const { id } = await invite(running, { nhsNumber: theirs });
      const res = await postObservations(running, id, namedBy(system, another));

      expect(res.status, JSON.stringify(res.body)).to.equal(400);
      expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);
    });
  }

  for (const system of others) {
    it(`still refuses results naming the patient only by system ${system}`, async () => {
      const { id } = await invite(running, { nhsNumber: theirs });
      const res = await postObservations(running, id, namedBy(system));

      expect(res.status, JSON.stringify(res.body)).to.equal(400);
      expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);
    });
  }
});
