import { readdirSync, readFileSync, statSync } from 'node:fs';
import { setPriority } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { BotClient } from '../../test/support/botClient';
import { runPersona } from '../../test/support/personas';
import { forkBenchChild, startBenchApp } from '../benchProcesses';
import { conversationPlan, progress, summarise, thinker, warmThenMeasure } from '../harness';
import type { ScenarioOptions, ScenarioResult } from '../scenario';
import type { FloodTallies, Tally } from '../floods';

/** One line for the report. */
export const description =
  "people on POST /api/messages (replies inline) while strangers flood the public endpoints: new Direct Line conversations from 1,000 addresses, 1 MB typing posts and 860 KB multipart uploads; latency is a person's message sent -> replies received";

/** The target for a person's p99 during the flood. */
export const p99TargetMs = 100;
/** The target for the service's memory during the flood. */
const rssTargetMb = 300;

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

/** The scheduling priority of the flood process: 19 (the lowest) unless BENCH_FLOOD_NICE says. */
export function floodNice(): number {
  const given = Number(process.env.BENCH_FLOOD_NICE ?? 19);
  return Number.isInteger(given) && given >= 0 && given <= 19 ? given : 19;
}

/** The floods, running in their own process until stopped. */
interface RunningFloods {
  stop(): Promise<FloodTallies>;
}

/** Starts `bench/floodProcess` against the app and waits until it is ready. */
async function startFloods(baseUrl: string): Promise<RunningFloods> {
  const child = forkBenchChild('floodProcess', [], {
    env: { ...process.env, FLOOD_BASE_URL: baseUrl },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // The attacker's own CPU is another machine's: at the lowest priority here, their clients
  // take no CPU the service or the people's clients want, while every request still costs the
  // service what it would. BENCH_FLOOD_NICE=0 runs them as an equal, as before.
  if (child.pid !== undefined) setPriority(child.pid, floodNice());
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`the flood process exited early (${code})`)));
  });
  return {
    stop: () =>
      new Promise<FloodTallies>((resolve) => {
        child.once('message', (message: { tallies: FloodTallies }) => resolve(message.tallies));
        child.send('stop');
      }),
  };
}

/**
 * Full preparations by `concurrency` people over `/api/messages` (expectReplies, as the tests'
 * BotClient), measured while a stranger's floods (./floods.ts) run against the same app for the
 * whole run from a process of their own. The floods use the service's default limits. The notes
 * give the RSS peak, the database size and what each flood got back.
 */
export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  const running = await startBenchApp(options.store, {
    CAREPREP_DIRECTLINE_NEW_PER_MINUTE: '600',
    CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_ADDRESS: '30',
    CAREPREP_TRUSTED_PROXY_HOPS: '1',
  });
  const latencies: number[] = [];
  const tracker = progress(`abuse ${options.store}`, options.concurrency, options.log);
  let rssPeak = rssMb(running.pid);
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(running.pid))), 100);
  const flood = await startFloods(running.baseUrl);

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
  let tallies: FloodTallies;
  try {
    duration = await warmThenMeasure(options, person);
  } finally {
    tallies = await flood.stop();
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
        `floods from their own process at nice ${floodNice()}`,
        `new-conversation flood: ${show(tallies.conversations)}`,
        `typing flood (1 MB each): ${show(tallies.typing)}`,
        `multipart flood (860 KB each): ${show(tallies.multipart)}`,
      ],
    },
    latencies,
    duration,
  );
}
