/**
 * `npm run bench [-- --scenario <name>] [--concurrency <n>] [--think MIN-MAX] [--no-warmup]`
 *
 * Runs N concurrent full preparations (default 50) against the real app on 127.0.0.1, once
 * with conversation state in sqlite and once in `MemoryStorage`; each run's app process first
 * serves a few warm-up conversations that are not counted. Prints progress, a summary, and
 * last one JSON line (DESIGN.md, "benchmark"):
 * `{"scenario","concurrency","turns","turnsPerSec","p50Ms","p95Ms","p99Ms","sqliteVsMemory"}`,
 * describing the sqlite run. Scenarios live in `bench/scenarios/<name>.ts` (see ./scenario.ts).
 */
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Scenario, ScenarioResult } from './scenario';

const scenariosDir = join(__dirname, 'scenarios');
// `.ts` under tsx; `.js` when compiled (e.g. to profile with plain `node --cpu-prof`).
const ext = extname(__filename);
/** Enough turns for the app's code and templates to be compiled before the measured run. */
const warmupConversations = 6;
/** Nothing here should take this long; a hung run exits rather than waiting for ever. */
const deadlineMs = 5 * 60_000;

function available(): string[] {
  return readdirSync(scenariosDir)
    .filter((file) => file.endsWith(ext))
    .map((file) => file.slice(0, -ext.length))
    .sort();
}

async function loadScenario(name: string): Promise<Scenario> {
  const file = join(scenariosDir, `${name}${ext}`);
  if (!/^[a-zA-Z][\w-]*$/.test(name) || !existsSync(file)) {
    throw new Error(`unknown scenario "${name}"; available: ${available().join(', ')}`);
  }
  const loaded = (await import(file)) as Partial<Scenario>;
  if (typeof loaded.run !== 'function' || typeof loaded.p99TargetMs !== 'number') {
    throw new Error(`bench/scenarios/${name}.ts must export run(options) and p99TargetMs`);
  }
  return { description: loaded.description ?? name, p99TargetMs: loaded.p99TargetMs, run: loaded.run };
}

function line(result: ScenarioResult): string {
  return (
    `${result.store.padEnd(6)}  ${String(result.turns).padStart(5)} turns in ${(result.durationMs / 1000).toFixed(1)} s` +
    `  ${result.turnsPerSec.toFixed(1)} turns/s  p50 ${result.p50Ms.toFixed(1)} ms  p95 ${result.p95Ms.toFixed(1)} ms` +
    `  p99 ${result.p99Ms.toFixed(1)} ms  max ${result.maxMs.toFixed(1)} ms`
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'messages' },
      concurrency: { type: 'string', default: '50' },
      'no-warmup': { type: 'boolean', default: false },
      think: { type: 'string', default: '250-1250' },
    },
  });
  const think = /^(\d+)-(\d+)$/.exec(values.think);
  if (!think || Number(think[1]) > Number(think[2]))
    throw new Error('--think must be MIN-MAX milliseconds, e.g. 250-1250');
  const thinkMs = [Number(think[1]), Number(think[2])] as const;
  const closedLoop = [0, 0] as const;
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 500) {
    throw new Error('--concurrency must be a whole number from 1 to 500');
  }
  const name = values.scenario;
  const scenario = await loadScenario(name);
  const log = (text: string): void => console.log(text);

  log(`bench: scenario ${name}: ${scenario.description}`);
  log(`bench: ${concurrency} concurrent conversations, each a full preparation; node ${process.version}`);
  // Client, fake connector and app share one process and these cores; other load skews the figures.
  const load = (): string => loadavg()[0].toFixed(2);
  log(`bench: load average ${load()} at start`);
  const warmUp = values['no-warmup'] ? 0 : warmupConversations;
  log(`bench: each run's app first serves ${warmUp} warm-up conversations, closed loop, not counted`);
  log('run 1: capacity, conversation state in sqlite (closed loop: each message as soon as the last is answered)');
  const sqlite = await scenario.run({ concurrency, store: 'sqlite', thinkMs: closedLoop, warmUp, log });
  log('run 2: capacity, conversation state in memory (closed loop)');
  const memory = await scenario.run({ concurrency, store: 'memory', thinkMs: closedLoop, warmUp, log });
  log(`run 3: latency, sqlite, each person pausing ${thinkMs[0]}-${thinkMs[1]} ms before each message`);
  const paced = await scenario.run({ concurrency, store: 'sqlite', thinkMs, warmUp, log });
  const ratio = Math.round((sqlite.turnsPerSec / memory.turnsPerSec) * 100) / 100;

  log('');
  log(`summary (${name}, ${concurrency} concurrent conversations; latency = message sent -> every reply received)`);
  log(`  capacity ${line(sqlite)}`);
  log(`  capacity ${line(memory)}`);
  log(`  paced    ${line(paced)}`);
  log(`  sqlite capacity is ${ratio} x memory (target >= 0.5)`);
  log(
    `  paced p99 ${paced.p99Ms} ms (target <= ${scenario.p99TargetMs} ms); closed-loop p99 ${sqlite.p99Ms} ms is queueing at saturation`,
  );
  for (const note of new Set([...sqlite.notes, ...memory.notes])) log(`  note: ${note}`);
  for (const note of paced.notes) log(`  paced note: ${note}`);
  log(`  note: the app runs in its own process; clients and fakes in this one. Load average ${load()} at end`);
  log('  JSON: turnsPerSec = sqlite capacity (run 1); turns and p50/p95/p99 = the paced run (run 3)');
  log(
    JSON.stringify({
      scenario: name,
      concurrency,
      turns: paced.turns,
      turnsPerSec: sqlite.turnsPerSec,
      p50Ms: paced.p50Ms,
      p95Ms: paced.p95Ms,
      p99Ms: paced.p99Ms,
      sqliteVsMemory: ratio,
    }),
  );
}

const deadline = setTimeout(() => {
  console.error(`bench: still running after ${deadlineMs / 1000} s, giving up`);
  process.exit(1);
}, deadlineMs);
deadline.unref();

main().then(
  () => clearTimeout(deadline),
  (error: unknown) => {
    console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
