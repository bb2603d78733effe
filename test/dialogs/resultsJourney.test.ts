import { expect } from 'chai';
import { dayWords, shortDayWords } from '../../content/dates';
import { gsm7Length, isGsm7 } from '../../content/gsm7';

import { onlyRecord } from '../support/onlyRecord';
import {
  carerPersona,
  maxPersonaTurns,
  personPersona,
  runPersona,
  type Persona,
  type PersonaReply,
  type PersonaRun,
} from '../support/personas';
import {
  apiKey,
  bloodPressure,
  daysAgo,
  hba1c,
  invite,
  postObservations,
  quantityObservation,
  transaction,
} from '../support/results';
import { chatClient, startApp, type RunningApp } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

/** Sam, invited by their care team, with a question about one result and nothing to say about two. */
const withResults: Persona = {
  ...personPersona,
  name: 'person with results',
  answers: {
    ...personPersona.answers,
    'result.hba1c.thoughts': 'Is 52 low enough to drop a tablet?',
    'result.bloodPressure.thoughts': 'skip',
    'result.totalCholesterol.thoughts': 'no',
  },
};

/** The check-up a week and a half before today, and the one six months before it. */
const checkUp = daysAgo(10);
const lastCheckUp = daysAgo(190);
/** Blood pressure taken five minutes after the bloods, as at the check-up. */
const pressureTaken = new Date(Date.parse(checkUp) + 5 * 60_000).toISOString();

/** Three results, HbA1c with last time's beside it, as a practice system would send them. */
const sheet = transaction([
  hba1c(58, lastCheckUp),
  hba1c(52, checkUp),
  bloodPressure(138, 84, pressureTaken),
  quantityObservation({ code: '14647-2' }, 4.6, 'mmol/L', checkUp),
]);

const text = (replies: readonly PersonaReply[]): string => replies.map((r) => r.text ?? '').join('\n');

describe('The results part of the conversation', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  async function prepare(
    channelId: string,
    persona: Persona = withResults,
    body: unknown = sheet,
  ): Promise<PersonaRun> {
    const { id, code } = await invite(running);
    expect((await postObservations(running, id, body)).status).to.equal(201);
    const client = chatClient(running, { channelId });
    return runPersona(async (said) => (await client.say(said)).replies, persona, code);
  }

  const asked = (run: PersonaRun): string[] =>
    run.transcript.map((t) => t.answered).filter((k): k is string => k?.startsWith('result.') ?? false);
  const repliesAsking = (run: PersonaRun, linkId: string): readonly PersonaReply[] =>
    run.transcript.find((_, i) => run.transcript[i + 1]?.answered === linkId)?.replies ?? [];

  for (const channelId of channels) {
    it(`goes through three results after what matters and finishes within ${maxPersonaTurns} turns on ${channelId}`, async () => {
      const run = await prepare(channelId);

      console.log(`      with three results on ${channelId}: ${run.turns} turns`);
      expect(run.turns).to.be.at.most(maxPersonaTurns);
      expect(asked(run)).to.deep.equal([
        'result.hba1c.thoughts',
        'result.bloodPressure.thoughts',
        'result.totalCholesterol.thoughts',
      ]);
      const order = run.transcript.map((t) => t.answered);
      expect(order.indexOf('result.hba1c.thoughts')).to.be.greaterThan(order.indexOf('whatMatters.feelings'));
      expect(order.indexOf('result.totalCholesterol.thoughts')).to.be.lessThan(order.indexOf('goal.1.text'));

      const first = text(repliesAsking(run, 'result.hba1c.thoughts'));
      if (channelId === 'sms') {
        // The target is said once, in its own sentence with its source (H385).
        expect(first).to.include(`HbA1c, ${shortDayWords(checkUp)}: 58 -> 52 mmol/mol, down.`);
        expect(first.match(/48-53/g)).to.have.length(1);
        for (const reply of run.transcript.flatMap((t) => t.replies)) {
          expect(isGsm7(reply.text ?? ''), reply.text).to.equal(true);
          expect(gsm7Length(reply.text ?? ''), reply.text).to.be.at.most(320);
        }
      } else {
        expect(first).to.include(`Now: 52 mmol/mol, on ${dayWords(checkUp)}.`);
        expect(first).to.include(`Last time: 58 mmol/mol, on ${dayWords(lastCheckUp)}. It has gone down.`);
      }
      expect(first).to.match(/average blood sugar/);
      expect(first).to.match(/Source: Year of Care/);
      expect(first).to.match(/Any questions or thoughts about this\?/);

      const record = await onlyRecord(running);
      expect(record.answers['result.hba1c.thoughts']).to.deep.include({
        status: 'answered',
        value: 'Is 52 low enough to drop a tablet?',
      });
      expect(record.answers['result.bloodPressure.thoughts']?.status).to.equal('skipped');
      expect(record.answers['result.totalCholesterol.thoughts']?.status).to.equal('skipped');
    });
  }

  it('notes a question for the appointment and never answers it', async () => {
    const run = await prepare('webchat');
    const after = text(run.transcript.find((t) => t.answered === 'result.hba1c.thoughts')?.replies ?? []);

    expect(after).to.include('I have put that in the plan, to ask at the appointment.');
    expect(after.toLowerCase()).to.not.match(/\b(yes|you can|you should|safe to|stop taking)\b/);
  });

  it('names a result the team will talk about in person, and does not explain it or ask about it', async () => {
    const inPerson = {
      url: 'https://careprep.example.org/fhir/StructureDefinition/discuss-in-person',
      valueBoolean: true,
    };
    const body = transaction([hba1c(52, checkUp), { ...bloodPressure(150, 95, checkUp), extension: [inPerson] }]);
    const persona: Persona = { ...withResults, answers: { ...withResults.answers } };
    const run = await prepare('webchat', persona, body);
    const all = run.transcript.map((t) => text(t.replies)).join('\n');

    expect(asked(run)).to.deep.equal(['result.hba1c.thoughts']);
    expect(all).to.include('would like to talk about your blood pressure at the appointment');
    expect(all).to.not.include('150/95');
    expect(all).to.not.include('how hard the blood pushes');
  });

  it('asks a carer about the person by name', async () => {
    const carer: Persona = {
      ...carerPersona,
      name: 'carer with results',
      answers: {
        ...carerPersona.answers,
        // Invited for diabetes: its topics, not the breathing ones Jean's own choice of conditions gives.
        'topics.selected': '1 and 2',
        'result.hba1c.thoughts': 'Is 52 low enough to drop a tablet?',
        'result.bloodPressure.thoughts': 'skip',
        'result.totalCholesterol.thoughts': 'no',
      },
      questionMentions: { 'result.hba1c.thoughts': 'Do you or Jean have any questions' },
    };
    const run = await prepare('webchat', carer);
    expect(text(repliesAsking(run, 'result.hba1c.thoughts'))).to.include("Jean's latest test results");
  });

  it('shares the results and the question with the lead contact: the export carries them as Observations', async () => {
    await prepare('webchat');
    const record = await onlyRecord(running);
    const res = await fetch(`${running.baseUrl}/api/plans/${record.id}/fhir`, {
      headers: { authorization: `Bearer ${apiKey}` },
    });
    const bundle = (await res.json()) as {
      entry: { resource: { resourceType: string; note?: { text: string }[]; code?: { text?: string } } }[];
    };
    const observations = bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === 'Observation');

    expect(res.status).to.equal(200);
    expect(observations.map((o) => o.code?.text)).to.deep.equal(['HbA1c', 'HbA1c', 'Cholesterol', 'Blood pressure']);
    expect(observations[1].note?.[0].text).to.equal('Is 52 low enough to drop a tablet?');
  });

  it('asks nothing about results when none were sent', async () => {
    const { code } = await invite(running);
    const client = chatClient(running, { channelId: 'webchat' });
    const run = await runPersona(async (said) => (await client.say(said)).replies, withResults, code);
    expect(asked(run)).to.deep.equal([]);
  });
});
