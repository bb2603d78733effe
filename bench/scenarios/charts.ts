import { randomUUID } from 'node:crypto';
import { Agent } from 'node:http';
import { personPersona, runPersona, type Persona, type PersonaReply } from '../../test/support/personas';
import { startFakeConnector } from '../fakeConnector';
import { cpuBetween, startBenchApp, type CpuTime } from '../benchProcesses';
import { messageBody, progress, summarise, thinker, warmThenMeasure } from '../harness';
import type { ScenarioOptions, ScenarioResult } from '../scenario';
import { p99TargetMs as messagesTarget, post } from './messages';

/** One line for the report. */
export const description =
  'invited people with three results each on web chat, over POST /api/messages: the turns that draw a trend chart (SVG, server-side) are measured';

/** A turn that draws a chart must stay within the messages scenario's target. */
export const p99TargetMs = messagesTarget;

const apiKey = 'bench-charts-key-0123456789';
const coordinator = 'bench-coordinator';

/** Sam with a question about one result and nothing to say about two. */
const persona: Persona = {
  ...personPersona,
  name: 'person with results',
  answers: {
    ...personPersona.answers,
    'result.hba1c.thoughts': 'Is 52 low enough to drop a tablet?',
    'result.bloodPressure.thoughts': 'skip',
    'result.totalCholesterol.thoughts': 'no',
  },
};

const quantity = (code: string, value: number, unit: string, at: string): Record<string, unknown> => ({
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code }] },
  effectiveDateTime: at,
  valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
});
const pressure = (systolic: number, diastolic: number, at: string): Record<string, unknown> => ({
  resourceType: 'Observation',
  status: 'final',
  code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
  effectiveDateTime: at,
  component: [
    ['8480-6', systolic],
    ['8462-4', diastolic],
  ].map(([code, value]) => ({
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
  })),
});
/** Three results (HbA1c with the one before it), as a practice system would send them. */
const sheet = {
  resourceType: 'Bundle',
  type: 'transaction',
  entry: [
    quantity('59261-8', 58, 'mmol/mol', '2025-09-02T09:10:00Z'),
    quantity('59261-8', 52, 'mmol/mol', '2026-03-03T09:10:00Z'),
    pressure(138, 84, '2026-03-03T09:15:00Z'),
    quantity('14647-2', 4.6, 'mmol/L', '2026-03-03T09:10:00Z'),
  ].map((resource) => ({ resource, request: { method: 'POST', url: 'Observation' } })),
};

const drawsChart = (replies: readonly PersonaReply[]): boolean =>
  replies.some(
    (reply) =>
      Array.isArray(reply.attachments) &&
      (reply.attachments as { contentType?: string }[]).some((a) => a.contentType === 'image/svg+xml'),
  );

/**
 * Invites as many people as the run has (the coordinator's "invite" card, as Teams submits it),
 * sends each invitation three results through the system API, and returns their codes in order.
 */
async function invitePeople(baseUrl: string, agent: Agent, serviceUrl: string, count: number): Promise<string[]> {
  const appointment = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const codes: string[] = [];
  for (let i = 0; i < count; i++) {
    const response = await fetch(new URL('/api/messages', baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'message',
        id: randomUUID(),
        channelId: 'msteams',
        serviceUrl,
        conversation: { id: `a:${coordinator}`, conversationType: 'personal' },
        from: { id: `29:${coordinator}`, aadObjectId: coordinator },
        recipient: { id: 'careprep-bot' },
        deliveryMode: 'expectReplies',
        value: {
          careprep: 'teams.invite',
          name: `Person ${i}`,
          conditions: 'diabetes',
          date: appointment,
          time: '10:30',
        },
      }),
    });
    const code = /\*\*([A-Z2-9]{8})\*\*/.exec(await response.text())?.[1];
    if (!code) throw new Error('the coordinator got no invitation code');
    codes.push(code);
  }
  const ids = new Map<string, string>();
  let after: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: '100', ...(after ? { after } : {}) });
    const page = (await (
      await fetch(new URL(`/api/invitations?${query.toString()}`, baseUrl), {
        headers: { authorization: `Bearer ${apiKey}` },
      })
    ).json()) as { id: string; code: string }[];
    for (const item of page) ids.set(item.code, item.id);
    if (page.length < 100) break;
    after = page.at(-1)?.id;
  }
  for (const code of codes) {
    const posted = await post(
      agent,
      new URL(`/api/invitations/${ids.get(code) ?? 'missing'}/observations`, baseUrl),
      JSON.stringify(sheet),
      { authorization: `Bearer ${apiKey}`, 'content-type': 'application/fhir+json' },
    );
    if (posted.status !== 201) throw new Error(`results for an invitation answered ${posted.status}`);
  }
  return codes;
}

/**
 * Full preparations of invited people on web chat, each with three results, so each goes through
 * three turns that draw a trend chart. Latency as in the messages scenario (request sent → HTTP
 * response, every reply captured by then); the chart turns are the measure, every turn a note.
 */
export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  const connector = await startFakeConnector();
  const running = await startBenchApp(options.store, {
    ...options.appEnv,
    CAREPREP_API_KEYS: apiKey,
    CAREPREP_STAFF_AAD_IDS: coordinator,
  });
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const url = new URL('/api/messages', running.baseUrl);
  const chartTurns: number[] = [];
  const allTurns: number[] = [];
  const tracker = progress(options.store, options.concurrency, options.log);
  let cpuAtStart: CpuTime | undefined;
  let cpu: CpuTime | undefined;
  let duration: number;
  try {
    const codes = await invitePeople(
      running.baseUrl,
      agent,
      connector.serviceUrl,
      options.concurrency + options.warmUp,
    );
    const conversation = async (i: number, measured: boolean): Promise<void> => {
      const conversationId = `bench-${i}-${randomUUID()}`;
      const userId = `user-${randomUUID()}`;
      const think = thinker(measured ? options.thinkMs : [0, 0]);
      let seen = 0;
      const send = async (text: string): Promise<readonly PersonaReply[]> => {
        await think();
        const body = messageBody(
          { channelId: 'webchat', serviceUrl: connector.serviceUrl, conversationId, userId },
          text,
        );
        const sentAt = performance.now();
        const posted = await post(agent, url, body);
        if (posted.status < 200 || posted.status >= 300) throw new Error(`/api/messages answered ${posted.status}`);
        const all = connector.replies(conversationId);
        const replies = all.slice(seen).map((reply) => reply.activity as PersonaReply);
        seen = all.length;
        if (measured) {
          allTurns.push(posted.respondedAt - sentAt);
          if (drawsChart(replies)) chartTurns.push(posted.respondedAt - sentAt);
          tracker.turn();
        }
        return replies;
      };
      const result = await runPersona(send, persona, codes[i]);
      if (measured) tracker.done(result.turns);
    };
    duration = await warmThenMeasure(options, conversation, () => {
      cpuAtStart = running.cpu();
    });
    if (cpuAtStart) cpu = cpuBetween(cpuAtStart, running.cpu());
  } finally {
    agent.destroy();
    await running.stop();
    await connector.close();
  }
  if (chartTurns.length < options.concurrency * 3) throw new Error(`only ${chartTurns.length} turns drew a chart`);
  // Throughput and CPU per turn are of every turn; the latencies are of the turns that drew a chart.
  const every = summarise(
    {
      scenario: 'charts',
      store: options.store,
      concurrency: options.concurrency,
      conversations: options.concurrency,
      notes: [],
    },
    allTurns,
    duration,
    cpu,
  );
  const charts = summarise(every, chartTurns, duration);
  return {
    ...every,
    turns: charts.turns,
    p50Ms: charts.p50Ms,
    p95Ms: charts.p95Ms,
    p99Ms: charts.p99Ms,
    maxMs: charts.maxMs,
    notes: [
      `latency of the ${charts.turns} turns that drew a chart; turns/s and CPU per turn of all ${every.turns} turns, whose p50 was ${every.p50Ms} ms and p99 ${every.p99Ms} ms`,
    ],
  };
}
