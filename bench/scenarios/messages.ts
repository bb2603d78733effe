import { randomUUID } from 'node:crypto';
import { Agent, request } from 'node:http';
import { runPersona } from '../../test/support/personas';
import { instanceGone, Rotation } from '../chaos';
import { startFakeConnector, type FakeConnector } from '../fakeConnector';
import { cpuBetween, startBenchApp, startBenchPeer, type BenchProcess, type CpuTime } from '../benchProcesses';
import { conversationPlan, messageBody, progress, summarise, thinker, warmThenMeasure } from '../harness';
import type { ScenarioOptions, ScenarioResult } from '../scenario';

/** One line for the report. */
export const description =
  'POST /api/messages with normal delivery (no expectReplies); replies go to a fake Bot Connector on loopback';

/** p99 target from Foundation and the conversation issues. */
export const p99TargetMs = 50;

/** `--peer echo` serves the same messages with a bare echo bot, replaying what the app's run said. */
export const supportsPeer = true;

export interface Posted {
  status: number;
  /** `performance.now()` when the HTTP response arrived. */
  respondedAt: number;
}

/** POSTs a JSON body on a kept-alive agent; resolves when the whole response has arrived. */
export function post(
  agent: Agent,
  url: URL,
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
): Promise<Posted> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0, respondedAt: performance.now() }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Several app processes as one: CPU added up, stopped together. */
function together(current: () => readonly BenchProcess[]): BenchProcess {
  const apps = current();
  return {
    baseUrl: apps[0].baseUrl,
    pid: apps[0].pid,
    cpu: () =>
      current()
        .map((app) => app.cpu())
        .reduce((sum, cpu) => ({ mainMs: sum.mainMs + cpu.mainMs, processMs: sum.processMs + cpu.processMs })),
    stop: async () => {
      await Promise.all(current().map((app) => app.stop()));
    },
    kill: async () => {
      await Promise.all(current().map((app) => app.kill()));
    },
  };
}

/**
 * Full preparations over `POST /api/messages`, as Azure Bot Service delivers them: the bot
 * answers 202/200 and sends its replies to the `serviceUrl`, here the fake connector.
 *
 * Latency is request sent → HTTP response received. By then every reply of the turn has been
 * captured: `CloudAdapterBase.sendActivities` (botbuilder-core lib/cloudAdapterBase.js) awaits
 * `connectorClient.conversations.replyToActivity` for each activity in turn, `processActivity`
 * awaits the whole middleware pipeline before returning, and `channels/botframework/messagesRoute.ts` awaits
 * `runTurn` before `res.send`. The run checks this for every turn and fails if a reply arrives
 * after its response.
 *
 * With `options.peer`, a peer bot serves the run instead, and each conversation says what the
 * same conversation said to the app (from `options.transcripts`), with the same pauses.
 */
export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  const { peer, transcripts } = options;
  if (peer && !transcripts) throw new Error('a peer run replays an app run: run the app first');
  const connector: FakeConnector = await startFakeConnector();
  const instances = peer ? 1 : (options.instances ?? 1);
  const apps: BenchProcess[] = peer
    ? [await startBenchPeer(peer)]
    : await Promise.all(Array.from({ length: instances }, () => startBenchApp(options.store, options.appEnv)));
  const rotation = new Rotation(apps);
  const running = together(() => rotation.all());
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  const chaos = {
    kills: 0,
    redelivered: 0,
    processedTwice: 0,
    repliesResent: 0,
    unfinished: 0,
    failures: [] as string[],
  };
  /** Posts to the next instance, and again to the next while instances are found gone. */
  const deliver = async (body: string): Promise<Posted> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await post(agent, rotation.next(), body);
      } catch (error) {
        if (!options.chaosMs || attempt >= 50 || !instanceGone(error)) throw error;
        chaos.redelivered += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    }
  };
  const latencies: number[] = [];
  const count = options.concurrency;
  const tracker = progress(peer ?? options.store, count, options.log);

  const conversation = async (i: number, measured: boolean): Promise<void> => {
    const { persona, channelId } = conversationPlan(i);
    const conversationId = `bench-${i}-${randomUUID()}`;
    const userId = `user-${randomUUID()}`;
    let seen = 0;
    const think = thinker(measured ? options.thinkMs : [0, 0]);
    const send = async (text: string) => {
      await think();
      const body = messageBody({ channelId, serviceUrl: connector.serviceUrl, conversationId, userId }, text);
      const sentAt = performance.now();
      const posted = await deliver(body);
      if (posted.status < 200 || posted.status >= 300) throw new Error(`/api/messages answered ${posted.status}`);
      if (measured) {
        latencies.push(posted.respondedAt - sentAt);
        tracker.turn();
      }
      const all = connector.replies(conversationId);
      const replies = all.slice(seen);
      seen = all.length;
      if (replies.some((reply) => reply.receivedAt > posted.respondedAt)) {
        throw new Error('a reply arrived after its HTTP response: the latency would be understated');
      }
      // One message processed twice answers twice: two questions where one is asked, the second
      // a step further on. The same question twice is a reply sent again (its instance died
      // between sending it and noting it had gone), the message itself processed once.
      const asking = replies.filter((reply) => JSON.stringify(reply.activity.channelData ?? {}).includes('"careprep"'));
      if (measured && asking.length > 1) {
        const shown = new Set(asking.map((reply) => JSON.stringify([reply.activity.text, reply.activity.channelData])));
        if (shown.size === 1) chaos.repliesResent += 1;
        else chaos.processedTwice += 1;
      }
      return replies.map((reply) => reply.activity);
    };
    if (peer) {
      const script = transcripts?.get(i);
      if (!script) throw new Error(`no transcript of conversation ${i} to replay`);
      for (const text of script) if ((await send(text)).length === 0) throw new Error(`${peer} sent no reply`);
      if (measured) tracker.done(script.length);
      return;
    }
    const said: string[] = [];
    const result = await runPersona((text) => {
      said.push(text);
      return send(text);
    }, persona).catch((error: unknown) => {
      // Under chaos a conversation that cannot go on is counted, not the end of the run.
      if (!options.chaosMs || !measured) throw error;
      chaos.unfinished += 1;
      chaos.failures.push(error instanceof Error ? error.message : String(error));
      return { turns: said.length };
    });
    transcripts?.set(i, said);
    if (measured) tracker.done(result.turns);
  };

  let duration: number;
  let cpuAtStart: CpuTime | undefined;
  let cpu: CpuTime | undefined;
  let beside: { stop(): Promise<string[]> } | undefined;
  let stopChaos: (() => Promise<void>) | undefined;
  const besideNotes: string[] = [];
  try {
    duration = await warmThenMeasure(options, conversation, () => {
      cpuAtStart = running.cpu();
      beside = options.alongside?.(running.baseUrl);
      if (options.chaosMs && instances > 1)
        stopChaos = rotation.startChaos(options.chaosMs, () => startBenchApp(options.store, options.appEnv));
    });
    await stopChaos?.();
    // A killed instance's CPU goes with it, so under chaos none is reported.
    if (cpuAtStart && !options.chaosMs) cpu = cpuBetween(cpuAtStart, running.cpu());
  } finally {
    besideNotes.push(...((await beside?.stop()) ?? []));
    agent.destroy();
    await running.stop();
    await connector.close();
  }
  const notes =
    options.store === 'memory' && !peer
      ? [
          'memory: MemoryStorage holds conversation state only; records, identities and the delivery ledger stay in sqlite',
        ]
      : [];
  notes.push(...besideNotes);
  chaos.kills = rotation.kills;
  if (instances > 1)
    notes.push(
      `${instances} instances, each message to the next in turn (round robin); CPU per turn is theirs together`,
    );
  return summarise(
    { scenario: 'messages', store: options.store, concurrency: options.concurrency, conversations: count, notes, peer },
    latencies,
    duration,
    cpu,
    options.chaosMs ? chaos : undefined,
  );
}
