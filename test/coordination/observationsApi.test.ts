import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import {
  apiKey,
  bloodPressure,
  hba1c,
  invite,
  postObservations,
  quantityObservation,
  transaction,
} from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';

describe('The invitations API: results from a clinical system', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  const get = (path: string, key: string | null = apiKey): Promise<Response> =>
    fetch(`${running.baseUrl}${path}`, { headers: key ? { authorization: `Bearer ${key}` } : {} });

  /** The person uses their code on web chat, so the invitation has a record. */
  async function claim(code: string): Promise<BotClient> {
    const person = new BotClient(running.baseUrl, { channelId: 'webchat' });
    await person.say(code);
    return person;
  }

  it('lists invitations with id, code, appointment and status, and refuses a request without the key', async () => {
    const first = await invite(running, { appointmentAt: '2030-03-14T10:30' });
    const second = await invite(running);
    await claim(second.code);

    expect((await get('/api/invitations', null)).status).to.equal(401);
    expect((await get('/api/invitations', 'wrong-key')).status).to.equal(401);
    const res = await get('/api/invitations');
    const list = (await res.json()) as Record<string, unknown>[];

    expect(res.status).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    const byId = new Map(list.map((item) => [item.id, item]));
    expect(byId.get(first.id)).to.deep.include({
      code: first.code,
      appointmentAt: '2030-03-14T10:30',
      status: 'invited',
    });
    expect(byId.get(second.id)).to.deep.include({ code: second.code, appointmentAt: null, status: 'inProgress' });
    expect(JSON.stringify(list)).to.not.include('Sam');
  });

  it('pages the invitation list with a Link to the next page', async () => {
    for (let i = 0; i < 3; i++) await invite(running);
    const res = await get('/api/invitations?limit=2');
    const next = /<([^>]+)>; rel="next"/.exec(res.headers.get('link') ?? '')?.[1];

    expect((await res.json()) as unknown[]).to.have.length(2);
    expect(next).to.be.a('string');
    expect((await (await get(next!)).json()) as unknown[]).to.have.length(1);
    expect((await get('/api/invitations?limit=0')).status).to.equal(400);
  });

  it('keeps results sent before the person uses their code, and puts them in their record when they do', async () => {
    const { id, code } = await invite(running);
    const sent = await postObservations(running, id, hba1c(52, '2024-01-10T09:00:00Z'));

    expect(sent.status).to.equal(201);
    expect(sent.body).to.deep.equal({ received: 1, added: 1, duplicates: 0, waiting: true });
    await claim(code);
    const record = await onlyRecord(running);
    expect(record.results.items).to.have.length(1);
    expect(record.results.items[0]).to.deep.include({ measure: 'hba1c', at: '2024-01-10T09:00:00.000Z' });
    expect(record.results.items[0].value).to.deep.equal({ kind: 'number', value: 52 });
  });

  it('takes a transaction Bundle whole, converts units, and answers a resend as already held', async () => {
    const { id, code } = await invite(running);
    await claim(code);
    const bundle = transaction([
      quantityObservation({ code: '4548-4' }, 7, '%', '2024-06-01'),
      bloodPressure(138, 84, '2024-06-01T10:00:00+01:00'),
      quantityObservation({ code: '2093-3' }, 193, 'mg/dL', '2024-06-01'),
    ]);

    const first = await postObservations(running, id, bundle);
    const again = await postObservations(running, id, bundle);

    expect(first.status).to.equal(201);
    expect(first.body).to.include({ received: 3, added: 3, waiting: false });
    expect(again.status).to.equal(200);
    expect(again.body).to.include({ added: 0, duplicates: 3 });
    const values = Object.fromEntries((await onlyRecord(running)).results.items.map((r) => [r.measure, r.value]));
    expect(values.hba1c).to.deep.equal({ kind: 'number', value: 53 });
    expect(values.bloodPressure).to.deep.equal({ kind: 'pair', first: 138, second: 84 });
    expect(values.totalCholesterol).to.deep.equal({ kind: 'number', value: 5 });
  });

  const refusals: Array<[string, () => unknown, string]> = [
    ['an unknown code', () => quantityObservation({ code: '1234-5' }, 5, 'mmol/L', '2024-06-01'), 'code.coding'],
    ['an HbA1c of 900', () => hba1c(900, '2024-06-01'), 'valueQuantity.value'],
    ['a blood pressure of 300/20', () => bloodPressure(300, 20, '2024-06-01'), 'component[0].valueQuantity.value'],
    [
      'a unit that does not match its code',
      () => quantityObservation({ code: '59261-8' }, 7, '%', '2024-06-01'),
      'valueQuantity.code',
    ],
    [
      'a unit that is no unit of the measure',
      () => quantityObservation({ code: '14647-2' }, 5, 'kg', '2024-06-01'),
      'valueQuantity.code',
    ],
    ['a date in the future', () => hba1c(52, '2099-01-01'), 'effectiveDateTime'],
    ['a year alone for a date', () => hba1c(52, '2024'), 'effectiveDateTime'],
    ['a preliminary result', () => ({ ...hba1c(52, '2024-06-01'), status: 'preliminary' }), 'status'],
    ['a status FHIR does not define', () => ({ ...hba1c(52, '2024-06-01'), status: 'done' }), 'status'],
    [
      'a value that is not a number',
      () => ({ ...hba1c(52, '2024-06-01'), valueQuantity: { value: '52' } }),
      'valueQuantity.value',
    ],
    ['a Patient', () => ({ resourceType: 'Patient' }), 'resourceType'],
    ['a batch Bundle', () => ({ ...transaction([hba1c(52, '2024-06-01')]), type: 'batch' }), 'type'],
    [
      'an entry that is not a POST',
      () => {
        const bundle = transaction([hba1c(52, '2024-06-01')]) as { entry: { request: { method: string } }[] };
        bundle.entry[0].request.method = 'PUT';
        return bundle;
      },
      'entry[0].request.method',
    ],
  ];
  for (const [what, body, field] of refusals) {
    it(`refuses ${what} with a 400 naming ${field}`, async () => {
      const { id } = await invite(running);
      const res = await postObservations(running, id, body());

      expect(res.status).to.equal(400);
      expect(res.body).to.include({ error: 'BadRequest', field });
      expect(res.body.message).to.be.a('string').and.not.equal('');
    });
  }

  it('keeps nothing from a Bundle with one bad entry, and names that entry', async () => {
    const { id, code } = await invite(running);
    await claim(code);
    const res = await postObservations(
      running,
      id,
      transaction([hba1c(52, '2024-06-01'), bloodPressure(300, 20, '2024-06-01'), hba1c(50, '2024-01-01')]),
    );

    expect(res.status).to.equal(400);
    expect(res.body.field).to.equal('entry[1].resource.component[0].valueQuantity.value');
    expect((await onlyRecord(running)).results.items).to.deep.equal([]);
  });

  it('refuses a second value for the same test and time, unless it is sent as a correction', async () => {
    const { id, code } = await invite(running);
    await claim(code);
    await postObservations(running, id, hba1c(52, '2024-06-01'));

    const clash = await postObservations(running, id, hba1c(58, '2024-06-01'));
    const correction = await postObservations(running, id, { ...hba1c(58, '2024-06-01'), status: 'corrected' });

    expect(clash.status).to.equal(400);
    expect(correction.status).to.equal(201);
    const items = (await onlyRecord(running)).results.items;
    expect(items.map((r) => r.value)).to.deep.equal([{ kind: 'number', value: 58 }]);
  });

  it("takes a care team's own target from a treatment reference range, and a wish to talk in person", async () => {
    const { id, code } = await invite(running);
    await claim(code);
    const observation = hba1c(56, '2024-06-01', {
      referenceRange: [
        {
          type: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning', code: 'treatment' }],
          },
          high: { value: 58, unit: 'mmol/mol', system: 'http://unitsofmeasure.org', code: 'mmol/mol' },
        },
        { low: { value: 20, code: 'mmol/mol' }, high: { value: 42, code: 'mmol/mol' } },
      ],
      extension: [
        { url: 'https://careprep.example.org/fhir/StructureDefinition/discuss-in-person', valueBoolean: true },
      ],
    });

    expect((await postObservations(running, id, observation)).status).to.equal(201);
    const results = (await onlyRecord(running)).results;
    expect(results.targets.hba1c).to.deep.include({ high: 58, setBy: 'clinicalSystem' });
    expect(results.inPerson).to.deep.equal(['hba1c']);
  });

  it('answers 410 for results sent after the person deleted their data, and keeps none', async () => {
    const { id, code } = await invite(running);
    const person = await claim(code);
    await person.say('delete my data');
    await person.say('yes');

    const res = await postObservations(running, id, hba1c(52, '2024-06-01'));
    const rows = await running.app.db.all('SELECT * FROM result_inbox');

    expect(res.status).to.equal(410);
    expect(rows).to.deep.equal([]);
  });

  it('answers 404 for an invitation that does not exist and 401 without the key', async () => {
    expect((await postObservations(running, 'no-such-invitation', hba1c(52, '2024-06-01'))).status).to.equal(404);
    const res = await fetch(`${running.baseUrl}/api/invitations/x/observations`, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json' },
      body: JSON.stringify(hba1c(52, '2024-06-01')),
    });
    expect(res.status).to.equal(401);
  });

  it('takes plain application/json as well as application/fhir+json, and refuses other media types', async () => {
    const { id } = await invite(running);
    expect((await postObservations(running, id, hba1c(52, '2024-06-01'), 'application/json')).status).to.equal(201);
    const res = await fetch(`${running.baseUrl}/api/invitations/${id}/observations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'text/plain' },
      body: JSON.stringify(hba1c(50, '2024-06-02')),
    });
    expect(res.status).to.equal(415);
  });
});
