/**
 * Results 27 (H269): an invitation held no patient identifier of its own, so the first results it
 * was sent were taken as the person's whoever they named. A coordinator may now give the person's
 * NHS number when inviting them; results naming another NHS number are refused (a 400 to the
 * sending system, never shown to the person), first or later, and a Patient in a transaction
 * Bundle ties the reference its Observations use to the NHS number it carries.
 */
import { expect } from 'chai';
import { createSealer } from '../../storage/encryption';
import { SqlInvitationStore } from '../../storage/invitationStore';
import { allText } from '../support/botClient';
import { coordinatorChat } from '../support/coordinatorChat';
import { apiKey, hba1c, invite, postObservations } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';
import { startFakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';

const nhs = 'https://fhir.nhs.uk/Id/nhs-number';
const theirs = '9434765919';
const another = '4010232137';

const namedBy = (value: string, result = 52): Record<string, unknown> => ({
  ...hba1c(result, '2026-06-01'),
  subject: { identifier: { system: nhs, value } },
});

/** A transaction Bundle of a Patient and Observations that name it by its full URL. */
function withPatient(patient: Record<string, unknown>, observations: Record<string, unknown>[]): unknown {
  const patientUrl = 'urn:uuid:10000000-0000-4000-8000-000000000001';
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: patientUrl,
        resource: { resourceType: 'Patient', ...patient },
        request: { method: 'POST', url: 'Patient' },
      },
      ...observations.map((resource, i) => ({
        fullUrl: `urn:uuid:20000000-0000-4000-8000-00000000000${i}`,
        resource: { ...resource, subject: { reference: patientUrl } },
        request: { method: 'POST', url: 'Observation' },
      })),
    ],
  };
}

describe('Results 27: results held against the NHS number the invitation was made with', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  it('refuses the first results an invitation is sent when they name another NHS number, and keeps none', async () => {
    const { id } = await invite(running, { nhsNumber: theirs });
    const res = await postObservations(running, id, namedBy(another));

    expect(res.status).to.equal(400);
    expect(res.body).to.include({ field: 'subject' });
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);
  });

  it('takes results naming the same NHS number, written in groups or not', async () => {
    const { id } = await invite(running, { nhsNumber: theirs });

    expect((await postObservations(running, id, namedBy('943 476 5919'))).status).to.equal(201);
    expect(
      (await postObservations(running, id, { ...namedBy(theirs, 58), effectiveDateTime: '2026-01-01' })).status,
    ).to.equal(201);
  });

  it('refuses a Bundle whose Patient carries another NHS number, naming the Patient, though its Observations name only it', async () => {
    const { id } = await invite(running, { nhsNumber: theirs });
    const body = withPatient({ identifier: [{ system: nhs, value: another }] }, [hba1c(52, '2026-06-01')]);
    const res = await postObservations(running, id, body);

    expect(res.status).to.equal(400);
    expect(res.body).to.include({ field: 'entry[0].resource.identifier' });
    expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);
  });

  it("takes a Bundle whose Patient carries the invitation's NHS number, and refuses a later lone Observation for another", async () => {
    const { id } = await invite(running, { nhsNumber: theirs });
    const body = withPatient({ id: '123', identifier: [{ system: nhs, value: theirs }] }, [hba1c(52, '2026-06-01')]);

    expect((await postObservations(running, id, body)).status).to.equal(201);
    const later = { ...hba1c(58, '2026-01-01'), subject: { reference: 'Patient/456' } };
    expect((await postObservations(running, id, later)).status).to.equal(400);
  });

  it('still takes results that name no patient, for an invitation with an NHS number', async () => {
    const { id } = await invite(running, { nhsNumber: theirs });
    const { subject: _subject, ...nobody } = hba1c(52, '2026-06-01');

    expect((await postObservations(running, id, nobody)).status).to.equal(201);
  });
});

describe('Results 27: the NHS number on the Teams invitation card', function () {
  this.timeout(60_000);
  const coordinator = { aad: 'aad-coordinator-nhs', conversation: 'a:chat-coordinator-nhs' };

  it('keeps an NHS number typed on the card with the invitation, and refuses one that is not an NHS number', async () => {
    const connector = await startFakeTeamsConnector();
    const running = await startApp({ env: { CAREPREP_STAFF_AAD_IDS: coordinator.aad } });
    try {
      const chat = coordinatorChat(running.baseUrl, connector.serviceUrl, coordinator);
      const card = { careprep: 'teams.invite', name: 'Sam', conditions: 'diabetes' };
      const refused = allText(await chat.post({ type: 'message', value: { ...card, nhsNumber: '943 476 5910' } }));
      expect(refused).to.match(/NHS number/);
      await chat.post({ type: 'message', value: { ...card, nhsNumber: '943 476 5919' } });

      const store = new SqlInvitationStore(running.app.db, createSealer(null));
      const made = await store.forCoordinator(coordinator.aad);
      expect(made.map((invitation) => invitation.details.nhsNumber)).to.deep.equal([theirs]);
    } finally {
      await running.stop();
      await connector.close();
    }
  });
});
