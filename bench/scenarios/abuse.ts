import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BotClient } from '../../test/support/botClient';
import { runPersona } from '../../test/support/personas';
import { conversationPlan, progress, startBenchApp, summarise, thinker, warmThenMeasure } from '../harness';
import type { ScenarioOptions, ScenarioResult } from '../scenario';

/** One line for the report. */
export const description =
  "people on POST /api/messages (replies inline) while strangers flood the public endpoints: new Direct Line conversations from 1,000 addresses, 1 MB typing posts and 860 KB multipart uploads; latency is a person's message sent -> replies received";

/** The target for a person's p99 during the flood. */
export const p99TargetMs = 100;
/** The target for the service's memory during the flood. */
const rssTargetMb = 300;

const typingValue = 'x'.repeat(1_000_000);
const boundary = 'careprep-bench-boundary';
const multipartBody = Buffer.concat([
  Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  ),
  Buffer.alloc(860 * 1024, 0x61),
  Buffer.from(`\r\n--${boundary}--\r\n`),
]);

/** The resident memory of a process, in MB (Linux). */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Math.round(Number(kb ?? 0) / 1024);
}

/** The sqlite file and its WAL, in MB. */
function databaseMb(dbPath: string): number {
  const name = basename(dbPath);
  const files = readdirSync(dirname(dbPath)).filter((file) => file.startsWith(name));
  return Math.round(files.reduce((sum, file) => sum + statSync(join(dirname(dbPath), file)).size, 0) / 1e5) / 10;
}

/** Counts of each status a flood got back. */
type Tally = Record<string, number>;

function count(tally: Tally, status: number | string): void {
  tally[status] = (tally[status] ?? 0) + 1;
}

/**
 * One flood request, tallied by status. A connection the service closed while the body was still
 * being sent (it refuses large bodies unread) is tallied as `closed`, and the flood goes on, as an
 * attacker's would.
 */
async function send(tally: Tally, url: string, init: RequestInit): Promise<void> {
  try {
    const response = await fetch(url, init);
    count(tally, response.status);
    await response.arrayBuffer();
  } catch {
    count(tally, 'closed');
  }
}

/**
 * Full preparations by `concurrency` people over `/api/messages` (expectReplies, as the tests'
 * BotClient), measured while three floods run back to back against the same process for the
 * whole run: anonymous Direct Line conversations, each from the next of 1,000 forwarded
 * addresses (the app trusts one proxy hop, as behind Azure's front end); 1 MB typing activities
 * into four conversations; and multipart uploads to the public token endpoint. The floods use the
 * service's default limits. The notes give the RSS peak, the database size and what each flood
 * got back.
 */
export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  const running = await startBenchApp(options.store, {
    CAREPREP_DIRECTLINE_NEW_PER_MINUTE: '600',
    CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_ADDRESS: '30',
    CAREPREP_TRUSTED_PROXY_HOPS: '1',
  });
  const base = `${running.baseUrl}/v3/directline`;
  const latencies: number[] = [];
  const tracker = progress(`abuse ${options.store}`, options.concurrency, options.log);
  const conversations: Tally = {};
  const typing: Tally = {};
  const multipart: Tally = {};
  let flooding = true;
  let rssPeak = rssMb(running.pid);
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(running.pid))), 100);

  const floodConversations = async (): Promise<void> => {
    for (let i = 0; flooding; i++) {
      const forwarded = `198.18.${Math.floor((i % 1000) / 250)}.${i % 250}`;
      await send(conversations, `${base}/conversations`, {
        method: 'POST',
        headers: { 'x-forwarded-for': forwarded },
      });
    }
  };
  const floodTyping = async (): Promise<void> => {
    const streams: { conversationId: string; token: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${base}/conversations`, {
        method: 'POST',
        headers: { 'x-forwarded-for': `198.19.0.${i}` },
      });
      if (response.ok) streams.push((await response.json()) as { conversationId: string; token: string });
    }
    const body = JSON.stringify({ type: 'typing', value: typingValue });
    for (let i = 0; flooding && streams.length > 0; i++) {
      const { conversationId, token } = streams[i % streams.length];
      await send(typing, `${base}/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
    }
  };
  const floodMultipart = async (): Promise<void> => {
    while (flooding) {
      await send(multipart, `${base}/tokens/generate`, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: new Blob([new Uint8Array(multipartBody)]),
      });
    }
  };
  const failed = (flood: string) => (error: unknown) => {
    count(flood === 'typing' ? typing : flood === 'multipart' ? multipart : conversations, 'error');
    options.log(`  ${flood} flood stopped: ${error instanceof Error ? error.message : String(error)}`);
  };
  const floods = Promise.all([
    floodConversations().catch(failed('conversations')),
    floodTyping().catch(failed('typing')),
    floodMultipart().catch(failed('multipart')),
  ]);

  const person = async (i: number, measured: boolean): Promise<void> => {
    const { persona, channelId } = conversationPlan(i);
    const client = new BotClient(running.baseUrl, { channelId });
    const think = thinker(measured ? options.thinkMs : [0, 0]);
    const run = await runPersona(async (text) => {
      await think();
      const sentAt = performance.now();
      const result = await client.say(text);
      if (measured) latencies.push(performance.now() - sentAt);
      if (result.status !== 200) throw new Error(`/api/messages answered ${result.status}`);
      return result.replies;
    }, persona);
    if (measured) tracker.done(run.turns);
  };

  let duration: number;
  let dbMb: number;
  try {
    duration = await warmThenMeasure(options, person);
  } finally {
    flooding = false;
    await floods;
    clearInterval(sampler);
    dbMb = databaseMb(running.dbPath);
    await running.stop();
  }
  const show = (tally: Tally): string =>
    Object.entries(tally)
      .map(([status, n]) => `${n} x ${status}`)
      .join(', ');
  return summarise(
    {
      scenario: 'abuse',
      store: options.store,
      concurrency: options.concurrency,
      conversations: options.concurrency,
      notes: [
        `RSS peak ${rssPeak} MB (target < ${rssTargetMb} MB), database ${dbMb} MB at the end`,
        `new-conversation flood: ${show(conversations)}`,
        `typing flood (1 MB each): ${show(typing)}`,
        `multipart flood (860 KB each): ${show(multipart)}`,
      ],
    },
    latencies,
    duration,
  );
}
