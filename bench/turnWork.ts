/**
 * `npx tsx bench/turnWork.ts [--runs 5] [--warmup 12] [--conversations 48]`: the work one turn
 * costs, not the time it takes. Wall-clock figures on a shared machine are noise; CPU time and
 * bytes allocated are not (much).
 *
 * Each run is a fresh process (Node flags as `npm start`'s, with the young generation fixed at
 * 4 MB so the scavenge count is comparable) serving the real app in-process over a fresh sqlite
 * file in a temporary folder, through the real adapter path the benchmark uses: a Bot Framework
 * message POSTed to `/api/messages` on loopback, replies sent to a fake Bot Connector. The
 * benchmark's scripted conversations (people and carers on every channel, `bench/harness.ts`)
 * run one after another: `--warmup` of them uncounted, then `--conversations` measured.
 *
 * Per measured turn, a run reports:
 * - `cpuMs`: `process.cpuUsage()` (user + system, every thread of the process) over the turns;
 * - `mainCpuMs`: the main (JavaScript) thread alone, from `/proc/self/task/<pid>/stat` (Linux);
 * - `allocKB`: bytes allocated on the JavaScript heap, from `v8.GCProfiler` (what each garbage
 *   collection freed, plus the heap's growth), in KB;
 * - `scavengesPer1000`: young-generation collections per 1000 turns.
 * The in-process client and fake connector are counted too: the same work before and after a
 * change, so differences are the app's. Prints each run, then min / median / max of each figure.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Agent } from 'node:http';
import { parseArgs } from 'node:util';
import { Session } from 'node:inspector/promises';
import { GCProfiler } from 'node:v8';
import { createApp } from '../bot/app';
import { loadConfig } from '../bot/config';
import { silentLogger } from '../bot/logger';
import { runPersona } from '../test/support/personas';
import { tempDir } from '../test/support/tempDb';
import { forkBenchChild, startFlags } from './benchProcesses';
import { startFakeConnector } from './fakeConnector';
import { conversationPlan, messageBody } from './harness';
import { post } from './scenarios/messages';

/** What one run measured, per measured turn. */
interface RunFigures {
  turns: number;
  cpuMs: number;
  mainCpuMs: number;
  allocKB: number;
  scavengesPer1000: number;
}

const figureNames = ['cpuMs', 'mainCpuMs', 'allocKB', 'scavengesPer1000'] as const;

/** The main thread's utime + stime in ms (10 ms ticks; Linux, else 0). */
function mainThreadMs(): number {
  try {
    const stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** One run, in this process: prints its figures as one JSON line. */
async function oneRun(warmup: number, conversations: number): Promise<void> {
  const tmp = tempDir('careprep-turnwork-');
  const connector = await startFakeConnector();
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    CAREPREP_DB: tmp.file(),
    CAREPREP_LOG_LEVEL: 'silent',
    // The scripted phones text their next answer as soon as the reply comes back, faster than a
    // real phone shows it: never read as texts sent before the question was seen (as in bench/run).
    CAREPREP_SMS_SEEN_AFTER_MS: '0',
  });
  const app = await createApp(config, silentLogger);
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', () => resolve());
  });
  const url = new URL(`http://127.0.0.1:${app.server.address().port}/api/messages`);
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });

  const conversation = async (i: number): Promise<number> => {
    const { persona, channelId } = conversationPlan(i);
    const address = { channelId, serviceUrl: connector.serviceUrl, conversationId: `work-${i}`, userId: `user-${i}` };
    let seen = 0;
    const run = await runPersona(async (text) => {
      const posted = await post(agent, url, messageBody(address, text));
      if (posted.status < 200 || posted.status >= 300) throw new Error(`/api/messages answered ${posted.status}`);
      const all = connector.replies(address.conversationId);
      const replies = all.slice(seen);
      seen = all.length;
      return replies.map((reply) => reply.activity);
    }, persona);
    return run.turns;
  };

  for (let i = 0; i < warmup; i++) await conversation(conversations + i);
  // For a CPU profile of the measured turns alone: when they start, on the profile's clock (µs).
  if (process.env.TURN_WORK_MARK === '1') process.stderr.write(`measuring from ${process.hrtime.bigint() / 1000n}\n`);
  // TURN_WORK_HEAP_PROFILE=<file>: where the measured turns' allocations were made, collected or not.
  const heapProfile = process.env.TURN_WORK_HEAP_PROFILE;
  const session = heapProfile ? new Session() : undefined;
  session?.connect();
  await session?.post('HeapProfiler.startSampling', {
    samplingInterval: 4096,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  const profiler = new GCProfiler();
  profiler.start();
  const cpuAtStart = process.cpuUsage();
  const mainAtStart = mainThreadMs();
  const heapAtStart = process.memoryUsage().heapUsed;
  let turns = 0;
  for (let i = 0; i < conversations; i++) turns += await conversation(i);
  const heapAtEnd = process.memoryUsage().heapUsed;
  const cpu = process.cpuUsage(cpuAtStart);
  const mainMs = mainThreadMs() - mainAtStart;
  const gcs = profiler.stop()?.statistics ?? [];
  if (session && heapProfile) {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    writeFileSync(heapProfile, JSON.stringify(profile));
    session.disconnect();
  }

  const freed = gcs.reduce(
    (sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize,
    0,
  );
  const scavenges = gcs.filter((gc) => gc.gcType === 'Scavenge').length;
  const figures: RunFigures = {
    turns,
    cpuMs: (cpu.user + cpu.system) / 1000 / turns,
    mainCpuMs: mainMs / turns,
    allocKB: (freed + heapAtEnd - heapAtStart) / 1024 / turns,
    scavengesPer1000: (scavenges * 1000) / turns,
  };
  agent.destroy();
  await new Promise<void>((resolve) => {
    app.server.close(() => resolve());
    app.server.server.closeAllConnections();
  });
  await app.close();
  await connector.close();
  tmp.cleanup();
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** Runs `runs` fresh processes in turn and collects their figures. */
async function runAll(runs: number): Promise<RunFigures[]> {
  const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: { start: string } };
  const flags = [
    ...startFlags(manifest.scripts.start).filter((flag) => !flag.startsWith('--max-semi-space-size')),
    '--min-semi-space-size=4',
    '--max-semi-space-size=4',
  ];
  const all: RunFigures[] = [];
  for (let r = 0; r < runs; r++) {
    const child = forkBenchChild('turnWork', flags, {
      env: { ...process.env, TURN_WORK_CHILD: '1' },
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    // The child reads its options from the environment (TURN_WORK_WARMUP, TURN_WORK_CONVERSATIONS).
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`run ${r + 1} exited with ${code}`);
    const figures = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as RunFigures;
    console.log(`run ${r + 1}: ${figureNames.map((name) => `${name} ${figures[name].toFixed(3)}`).join(', ')}`);
    all.push(figures);
  }
  return all;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '5' },
      warmup: { type: 'string', default: process.env.TURN_WORK_WARMUP ?? '12' },
      conversations: { type: 'string', default: process.env.TURN_WORK_CONVERSATIONS ?? '48' },
    },
  });
  if (process.env.TURN_WORK_CHILD === '1') {
    await oneRun(Number(values.warmup), Number(values.conversations));
    return;
  }
  process.env.TURN_WORK_WARMUP = values.warmup;
  process.env.TURN_WORK_CONVERSATIONS = values.conversations;
  const all = await runAll(Number(values.runs));
  const turns = all[0]?.turns ?? 0;
  console.log(`${all.length} runs of ${turns} measured turns each (min / median / max per turn):`);
  for (const name of figureNames) {
    const sorted = all.map((figures) => figures[name]).sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`  ${name}: ${sorted[0].toFixed(3)} / ${median.toFixed(3)} / ${sorted.at(-1)?.toFixed(3)}`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`turnWork failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
