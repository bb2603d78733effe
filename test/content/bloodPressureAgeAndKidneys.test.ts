/**
 * Results 27 (H270 and NICE NG203): the blood pressure target was always told both ways ("under
 * 80 … from 80 … I am not told your age"), even when the clinical system sent the person's date of
 * birth in a Patient beside the Observations; and a kidney urine test (ACR) of 70 mg/mmol or more,
 * for which NG203 sets below 130/80 (DOMAIN.md), changed nothing.
 */
import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { createRenderer } from '../../content/renderer';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { createResultPresenter } from '../../content/results/resultPresenter';
import { newRecord } from '../../plan/record';
import type { RecordResults, ResultValue, StoredResult } from '../../plan/results/resultSchema';
import { allText } from '../support/botClient';
import {
  apiKey,
  bloodPressure,
  daysAgo,
  hba1c,
  invite,
  postObservations,
  quantityObservation,
} from '../support/results';
import { onEach } from '../support/resultsChat';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { chatClient, startApp } from '../support/startApp';
import { storedResult } from '../support/storedResults';

const catalogue = loadResultCatalogue();
const renderer = createRenderer(loadCatalogue());
const at = '2026-03-03T09:10:00.000Z';

const reading = (first: number, second: number, born?: string): StoredResult => ({
  ...storedResult('bloodPressure', at, { kind: 'pair', first, second }),
  ...(born ? { born } : {}),
});
const acr = (value: ResultValue, when = at): StoredResult => storedResult('urineAcr', when, value);

function told(items: StoredResult[], carer = false): string {
  const record = newRecord('r1', new Date(at));
  record.results.items = items;
  const results: RecordResults = record.results;
  const presenter = createResultPresenter(catalogue, renderer, {});
  const summary = presenter.summaries(results).find((s) => s.measure === 'bloodPressure');
  if (!summary) throw new Error('no blood pressure summary');
  return [
    ...presenter.words.lines(summary, 'webchat', { carer, name: 'Jean' }, { now: new Date(at) }),
    presenter.words.trend(summary, 'sms'),
  ].join('\n');
}

describe('Results 27: the blood pressure target for a known age', () => {
  it('holds a reading taken the day before the 80th birthday against 140/90 alone', () => {
    const lines = told([reading(145, 84, '1946-03-04')]);

    expect(lines).to.include('below 140/90 mmHg');
    expect(lines).to.not.match(/150\/90|not told/);
    expect(lines).to.include('This result is above the target.');
  });

  it('holds a reading taken on the 80th birthday, and at 85, against 150/90 alone', () => {
    for (const born of ['1946-03-03', '1941-01-15']) {
      const lines = told([reading(145, 84, born)]);

      expect(lines, born).to.include('below 150/90 mmHg');
      expect(lines, born).to.not.match(/140\/90|not told/);
      expect(lines, born).to.include('This result is inside the target.');
    }
  });

  it('counts someone born on 29 February as 80 on that day 80 years on (always a leap year), not the day before', () => {
    const on = (iso: string): string => told([{ ...reading(145, 84, '1944-02-29'), at: iso }]);

    expect(on('2024-02-28T09:10:00.000Z')).to.include('below 140/90 mmHg').and.not.include('150/90');
    expect(on('2024-02-29T09:10:00.000Z')).to.include('below 150/90 mmHg').and.not.include('140/90');
  });

  it('still gives both targets when no date of birth came, or two results gave different ones', () => {
    expect(told([reading(145, 84)])).to.match(/not told your age/);
    const older = { ...reading(150, 88, '1940-01-01'), at: '2025-09-01T09:10:00.000Z', id: 'bp-older' };
    expect(told([older, reading(145, 84, '1950-01-01')])).to.match(/not told your age/);
  });
});

describe('Results 27: the blood pressure target with a kidney urine test (ACR) of 70 or more', () => {
  it('holds blood pressure against 130/80 when the latest ACR is 70 mg/mmol or more, at any age', () => {
    for (const [value, born] of [
      [{ kind: 'number', value: 70 }, undefined],
      [{ kind: 'number', value: 84.5 }, '1940-01-01'],
      [{ kind: 'number', value: 70, comparator: '>' }, undefined],
    ] as [ResultValue, string | undefined][]) {
      const lines = told([reading(135, 78, born), acr(value)]);

      expect(lines, JSON.stringify(value)).to.include('below 130/80 mmHg');
      expect(lines, JSON.stringify(value)).to.match(/ACR\) is 70 mg\/mmol or more/);
      expect(lines, JSON.stringify(value)).to.not.match(/140\/90|150\/90|not told/);
      expect(lines, JSON.stringify(value)).to.include('This result is above the target.');
      expect(lines).to.include('NICE NG203');
    }
  });

  it("tells a carer it is the person's latest ACR, not theirs", () => {
    const lines = told([reading(135, 78), acr({ kind: 'number', value: 75 })], true);

    expect(lines).to.include("as Jean's latest one is");
    expect(lines).to.not.match(/\byour\b/i);
  });

  it('does not when the latest ACR is below 70, or might be (a bound), or an older one was 70 or more', () => {
    const cases: StoredResult[][] = [
      [reading(135, 78), acr({ kind: 'number', value: 69.9 })],
      [reading(135, 78), acr({ kind: 'number', value: 80, comparator: '<' })],
      [
        reading(135, 78),
        acr({ kind: 'number', value: 75 }, '2025-01-01T09:10:00.000Z'),
        acr({ kind: 'number', value: 40 }),
      ],
    ];
    for (const items of cases) expect(told(items), JSON.stringify(items[1].value)).to.not.include('130/80');
  });

  it('tells the person so in the chat, from a Bundle with a Patient and an ACR, on web chat and SMS', () =>
    onEach(['webchat', 'sms'], async (running, channelId) => {
      const { id, code } = await invite(running);
      const patientUrl = 'urn:uuid:10000000-0000-4000-8000-000000000001';
      const observations = [
        hba1c(52, daysAgo(10)),
        bloodPressure(145, 84, daysAgo(10)),
        quantityObservation({ code: '9318-7' }, 75, 'mg/mmol', daysAgo(10)),
      ];
      const body = {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [
          {
            fullUrl: patientUrl,
            resource: { resourceType: 'Patient', birthDate: '1941-01-15' },
            request: { method: 'POST', url: 'Patient' },
          },
          ...observations.map((resource, i) => ({
            fullUrl: `urn:uuid:20000000-0000-4000-8000-00000000000${i}`,
            resource: { ...resource, subject: { reference: patientUrl } },
            request: { method: 'POST', url: 'Observation' },
          })),
        ],
      };
      expect((await postObservations(running, id, body)).status, channelId).to.equal(201);
      const client = chatClient(running, { channelId });
      await walkTo((text) => client.say(text), 'result.hba1c.thoughts', plainPersonAnswers, code);
      const text = allText(await client.say('skip'));

      expect(text, channelId).to.include('130/80');
      expect(text, channelId).to.not.match(/not told your age|150\/90/);
    }));
});

describe('Results 27: a date of birth from a Patient in the Bundle', () => {
  it('tells the target from 80 alone for a person the Patient says is 85', () =>
    onEach(['webchat'], async (running, channelId) => {
      const { id, code } = await invite(running);
      const patientUrl = 'urn:uuid:10000000-0000-4000-8000-000000000001';
      const body = {
        resourceType: 'Bundle',
        type: 'transaction',
        entry: [
          {
            fullUrl: patientUrl,
            resource: { resourceType: 'Patient', id: '123', birthDate: '1941-01-15' },
            request: { method: 'PUT', url: 'Patient/123' },
          },
          ...[hba1c(52, daysAgo(10)), bloodPressure(145, 84, daysAgo(10))].map((resource, i) => ({
            fullUrl: `urn:uuid:20000000-0000-4000-8000-00000000000${i}`,
            resource: { ...resource, subject: { reference: i === 0 ? 'Patient/123' : patientUrl } },
            request: { method: 'POST', url: 'Observation' },
          })),
        ],
      };
      expect((await postObservations(running, id, body)).status).to.equal(201);
      const client = chatClient(running, { channelId });
      await walkTo((text) => client.say(text), 'result.hba1c.thoughts', plainPersonAnswers, code);
      const text = allText(await client.say('skip'));

      expect(text).to.include('below 150/90 mmHg');
      expect(text).to.not.match(/not told your age|140\/90/);
      expect(text).to.include('This result is inside the target.');
    }));

  it('refuses a date of birth that is not a date, naming it, and keeps nothing', async () => {
    const running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
    try {
      const { id } = await invite(running);
      for (const birthDate of ['1941-02-30', '15/01/1941', '2099-01-01']) {
        const body = {
          resourceType: 'Bundle',
          type: 'transaction',
          entry: [
            {
              fullUrl: 'urn:uuid:p',
              resource: { resourceType: 'Patient', birthDate },
              request: { method: 'POST', url: 'Patient' },
            },
            {
              fullUrl: 'urn:uuid:o',
              resource: { ...hba1c(52, daysAgo(10)), subject: { reference: 'urn:uuid:p' } },
              request: { method: 'POST', url: 'Observation' },
            },
          ],
        };
        const res = await postObservations(running, id, body);
        expect(res.status, birthDate).to.equal(400);
        expect(res.body, birthDate).to.include({ field: 'entry[0].resource.birthDate' });
      }
      expect(await running.app.db.all('SELECT * FROM result_inbox')).to.deep.equal([]);
    } finally {
      await running.stop();
    }
  });
});
