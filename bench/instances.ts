/**
 * `npm run bench -- --store postgres [--instances N] [--rounds R] [--chaos SECONDS] [--concurrency C] [--think MIN-MAX]`
 *
 * Runs the scenario on N app processes sharing one PostgreSQL database (a fresh database per run,
 * each message to the next instance in turn), and on one app process with sqlite, in the same
 * run and alternating (sqlite capacity, PostgreSQL capacity, sqlite paced, PostgreSQL paced), so
 * the ratio compares like with like on the shared machine. With `--chaos S`, a last paced run on
 * PostgreSQL SIGKILLs an instance every S seconds and starts another in its place. Prints one
 * JSON line last.
 */
import { cpus, loadavg } from 'node:os';
import { tempPostgres } from '../test/support/tempPostgres';
import type { Scenario, ScenarioOptions, ScenarioResult } from './scenario';

export interface InstancesOptions {
  concurrency: number;
  thinkMs: readonly [number, number];
  warmUp: number;
  log: (line: string) => void;
  instances: number;
  rounds: number;
  /** Milliseconds between kills in a last, chaotic, paced run; none when unset. */
  chaosMs?: number;
}

/** What the JSON line reports. */
export interface InstancesSummary {
  scenario: string;
  concurrency: number;
  instances: number;
  rounds: number;
  sqliteTurnsPerSec: number;
  postgresTurnsPerSec: number;
  /** PostgreSQL capacity over sqlite's, median of the rounds (target >= 0.8). */
  throughputVsSqlite: number;
  sqliteP99Ms: number;
  p50Ms: number;
  p95Ms: number;
  /** Paced p99 on PostgreSQL, median of the rounds (target <= 50). */
  p99Ms: number;
  /** Capacity per core of the machine (every process on it, PostgreSQL's included). */
  turnsPerSecPerCore: { sqlite: number; postgres: number };
  /** App CPU per turn (all instances together; PostgreSQL's own CPU not included), in ms. */
  appCpuMsPerTurn: { sqlite?: number; postgres?: number };
  loadAtStart: number;
  loadAtEnd: number;
  /** The paced run under chaos: what was killed, sent again, processed twice, asked again, left unfinished. */
  chaos?: {
    everyMs: number;
    p99Ms: number;
    turns: number;
    kills: number;
    redelivered: number;
    processedTwice: number;
    repliesResent: number;
    unfinished: number;
  };
}

const round2 = (n: number): number => Math.round(n * 100) / 100;
const median = (values: readonly number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** One run on a fresh PostgreSQL database, dropped after. */
async function onPostgres(scenario: Scenario, options: ScenarioOptions): Promise<ScenarioResult> {
  const database = await tempPostgres();
  try {
    return await scenario.run({ ...options, store: 'postgres', appEnv: { CAREPREP_DATABASE_URL: database.url } });
  } finally {
    await database.drop();
  }
}

function line(label: string, result: ScenarioResult): string {
  return (
    `${label.padEnd(22)} ${String(result.turns).padStart(5)} turns  ${result.turnsPerSec.toFixed(1)} turns/s` +
    `  p50 ${result.p50Ms.toFixed(1)}  p95 ${result.p95Ms.toFixed(1)}  p99 ${result.p99Ms.toFixed(1)}  max ${result.maxMs.toFixed(1)} ms` +
    (result.processCpuMsPerTurn === undefined ? '' : `  app cpu/turn ${result.processCpuMsPerTurn.toFixed(2)} ms`)
  );
}

export async function runInstances(scenario: Scenario, options: InstancesOptions): Promise<InstancesSummary> {
  const { log, instances } = options;
  const loadAtStart = loadavg()[0];
  const base = { concurrency: options.concurrency, warmUp: options.warmUp, log };
  // Each instance serves as many warm-up turns as the one sqlite instance does (the round robin
  // shares them out), so no figure counts an instance still compiling what the other has compiled.
  const shared = { ...base, warmUp: options.warmUp * instances };
  const closedLoop = [0, 0] as const;
  const rounds: {
    sqlite: ScenarioResult;
    postgres: ScenarioResult;
    sqlitePaced: ScenarioResult;
    paced: ScenarioResult;
  }[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    const of = options.rounds > 1 ? ` (round ${round})` : '';
    log(`capacity, one instance on sqlite, closed loop${of}`);
    const sqlite = await scenario.run({ ...base, store: 'sqlite', thinkMs: closedLoop });
    log(`capacity, ${instances} instances on PostgreSQL, round robin, closed loop${of}`);
    const postgres = await onPostgres(scenario, { ...shared, store: 'postgres', thinkMs: closedLoop, instances });
    log(`latency, one instance on sqlite, pausing ${options.thinkMs.join('-')} ms${of}`);
    const sqlitePaced = await scenario.run({ ...base, store: 'sqlite', thinkMs: options.thinkMs });
    log(`latency, ${instances} instances on PostgreSQL, pausing ${options.thinkMs.join('-')} ms${of}`);
    const paced = await onPostgres(scenario, { ...shared, store: 'postgres', thinkMs: options.thinkMs, instances });
    rounds.push({ sqlite, postgres, sqlitePaced, paced });
  }
  let chaotic: ScenarioResult | undefined;
  if (options.chaosMs) {
    log(
      `latency under chaos: ${instances} instances on PostgreSQL, one SIGKILLed every ${options.chaosMs / 1000} s and replaced`,
    );
    chaotic = await onPostgres(scenario, {
      ...shared,
      store: 'postgres',
      thinkMs: options.thinkMs,
      instances,
      chaosMs: options.chaosMs,
    });
  }
  log('');
  log(`summary (${options.concurrency} conversations; latency = message sent -> every reply received)`);
  for (const [i, r] of rounds.entries()) {
    if (rounds.length > 1) log(`  round ${i + 1}:`);
    log(`  ${line('capacity sqlite x1', r.sqlite)}`);
    log(`  ${line(`capacity postgres x${instances}`, r.postgres)}`);
    log(`  ${line('paced sqlite x1', r.sqlitePaced)}`);
    log(`  ${line(`paced postgres x${instances}`, r.paced)}`);
  }
  const middle = [...rounds].sort((a, b) => a.paced.p99Ms - b.paced.p99Ms)[Math.floor((rounds.length - 1) / 2)];
  const cores = cpus().length;
  const sqliteTurnsPerSec = median(rounds.map((r) => r.sqlite.turnsPerSec));
  const postgresTurnsPerSec = median(rounds.map((r) => r.postgres.turnsPerSec));
  const summary: InstancesSummary = {
    scenario: 'messages',
    concurrency: options.concurrency,
    instances,
    rounds: rounds.length,
    sqliteTurnsPerSec,
    postgresTurnsPerSec,
    throughputVsSqlite: median(rounds.map((r) => round2(r.postgres.turnsPerSec / r.sqlite.turnsPerSec))),
    sqliteP99Ms: median(rounds.map((r) => r.sqlitePaced.p99Ms)),
    p50Ms: middle.paced.p50Ms,
    p95Ms: middle.paced.p95Ms,
    p99Ms: middle.paced.p99Ms,
    turnsPerSecPerCore: { sqlite: round2(sqliteTurnsPerSec / cores), postgres: round2(postgresTurnsPerSec / cores) },
    appCpuMsPerTurn: {
      sqlite: middle.sqlite.processCpuMsPerTurn,
      postgres: middle.postgres.processCpuMsPerTurn,
    },
    loadAtStart: round2(loadAtStart),
    loadAtEnd: round2(loadavg()[0]),
    ...(chaotic?.chaos && options.chaosMs
      ? {
          chaos: {
            everyMs: options.chaosMs,
            p99Ms: chaotic.p99Ms,
            turns: chaotic.turns,
            kills: chaotic.chaos.kills,
            redelivered: chaotic.chaos.redelivered,
            processedTwice: chaotic.chaos.processedTwice,
            repliesResent: chaotic.chaos.repliesResent,
            unfinished: chaotic.chaos.unfinished,
          },
        }
      : {}),
  };
  if (chaotic) {
    log(`  ${line(`chaos postgres x${instances}`, chaotic)}`);
    const c = summary.chaos;
    log(
      `  chaos: ${c?.kills} kills, ${c?.redelivered} messages sent again, ${c?.processedTwice} processed twice, ${c?.unfinished} of ${options.concurrency} conversations unfinished (targets 0, 0); ${c?.repliesResent} questions sent again (processed once)`,
    );
    for (const failure of new Set(chaotic.chaos?.failures ?? [])) log(`  chaos: unfinished: ${failure}`);
  }
  log(`  PostgreSQL x${instances} capacity is ${summary.throughputVsSqlite} x one sqlite instance (target >= 0.8)`);
  log(
    `  PostgreSQL x${instances} paced p99 ${summary.p99Ms} ms (target <= 50 ms); sqlite x1 ${summary.sqliteP99Ms} ms`,
  );
  log(`  ${cores} cores; load average ${summary.loadAtStart} at start, ${summary.loadAtEnd} at end`);
  return summary;
}
