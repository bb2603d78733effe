/**
 * `npm run bench [-- --scenario <name>] [--concurrency <n>] [--no-warmup]`
 *
 * Runs N concurrent full preparations (default 50) against the real app in-process on
 * 127.0.0.1, once with conversation state in sqlite and once in `MemoryStorage`, after a small
 * warm-up run. Prints progress, a summary, and last one JSON line (DESIGN.md, "benchmark"):
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
const warmupConcurrency = 5;
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
  if (typeof loaded.run !== 'function') throw new Error(`bench/scenarios/${name}.ts exports no run(options)`);
  return { description: loaded.description ?? name, run: loaded.run };
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
    },
  });
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
  if (!values['no-warmup']) {
    log(`warm-up (${warmupConcurrency} conversations, sqlite, not counted)`);
    await scenario.run({ concurrency: warmupConcurrency, store: 'sqlite', log });
  }
  log('run 1: conversation state in sqlite');
  const sqlite = await scenario.run({ concurrency, store: 'sqlite', log });
  log('run 2: conversation state in memory');
  const memory = await scenario.run({ concurrency, store: 'memory', log });
  const ratio = Math.round((sqlite.turnsPerSec / memory.turnsPerSec) * 100) / 100;

  log('');
  log(`summary (${name}, ${concurrency} concurrent; latency = request sent -> response, all replies captured)`);
  log(`  ${line(sqlite)}`);
  log(`  ${line(memory)}`);
  log(`  sqlite throughput is ${ratio} x memory (target >= 0.5); sqlite p99 ${sqlite.p99Ms} ms (target <= 50 ms)`);
  for (const note of [...sqlite.notes, ...memory.notes]) log(`  note: ${note}`);
  log(`  note: client, fake connector and app run in one process; load average ${load()} at end`);
  log(
    JSON.stringify({
      scenario: name,
      concurrency,
      turns: sqlite.turns,
      turnsPerSec: sqlite.turnsPerSec,
      p50Ms: sqlite.p50Ms,
      p95Ms: sqlite.p95Ms,
      p99Ms: sqlite.p99Ms,
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
