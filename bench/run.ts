/**
 * `npm run bench [-- --scenario <name>] [--concurrency <n>] [--think MIN-MAX] [--no-warmup] [--peer echo [--rounds N]]`
 * `npm run bench -- --records N [--rounds N] [--refill]` (see ./records.ts)
 * `npm run bench -- --store postgres [--instances N] [--rounds N]` (see ./instances.ts)
 *
 * Runs N concurrent full preparations (default 50) against the real app on 127.0.0.1, once
 * with conversation state in sqlite and once in `MemoryStorage`; each run's app process first
 * serves a few warm-up conversations that are not counted. Prints progress, a summary, and
 * last one JSON line (DESIGN.md, "benchmark"):
 * `{"scenario","concurrency","turns","turnsPerSec","p50Ms","p95Ms","p99Ms","sqliteVsMemory"}`,
 * describing the sqlite run. Scenarios live in `bench/scenarios/<name>.ts` (see ./scenario.ts).
 *
 * `--peer echo` also runs a bare echo bot on the same stack (`bench/echoBot.ts`) with the same
 * load, alternating with the app (capacity app, capacity echo, ..., paced app, paced echo), and
 * the JSON line gains `peerP99Ms`, `p99VsPeer` (paced p99, app over echo) and
 * `turnsPerSecVsPeer` (capacity, app over echo): figures against the framework's own floor.
 * `--rounds N` repeats the app/echo pairs and reports the median ratios.
 */
import { existsSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { peers, type Peer, type Scenario, type ScenarioResult, type Transcripts } from './scenario';

const scenariosDir = join(__dirname, 'scenarios');
// `.ts` under tsx; `.js` when compiled (e.g. to profile with plain `node --cpu-prof`).
const ext = extname(__filename);
/** Enough turns for the app's code and templates to be compiled before the measured run. */
const warmupConversations = 6;
/**
 * Nothing here should take this long; a hung run exits rather than waiting for ever. Filling a
 * database for `--records` the first time takes longer, and each `--rounds` repeats the runs.
 */
const deadlineMs = (process.argv.includes('--records') ? 60 : 5) * 60_000 * roundsAsked();

/** `--rounds N` as given (1 when absent or not a number); checked properly in `main`. */
function roundsAsked(): number {
  const at = process.argv.indexOf('--rounds');
  const asked = at < 0 ? 1 : Number(process.argv[at + 1]);
  return Number.isInteger(asked) && asked >= 1 && asked <= 10 ? asked : 1;
}

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
  return {
    description: loaded.description ?? name,
    p99TargetMs: loaded.p99TargetMs,
    supportsPeer: loaded.supportsPeer ?? false,
    run: loaded.run,
  };
}

function line(result: ScenarioResult): string {
  return (
    `${(result.peer ?? result.store).padEnd(6)}  ${String(result.turns).padStart(5)} turns in ${(result.durationMs / 1000).toFixed(1)} s` +
    `  ${result.turnsPerSec.toFixed(1)} turns/s  p50 ${result.p50Ms.toFixed(1)} ms  p95 ${result.p95Ms.toFixed(1)} ms` +
    `  p99 ${result.p99Ms.toFixed(1)} ms  max ${result.maxMs.toFixed(1)} ms` +
    (result.cpuMsPerTurn === undefined
      ? ''
      : `  cpu/turn ${result.cpuMsPerTurn.toFixed(2)} ms main thread, ${(result.processCpuMsPerTurn ?? 0).toFixed(2)} ms process`)
  );
}

/** One round: the app's capacity and paced runs, and the peer's on the same load. */
interface Pair {
  capacity: ScenarioResult;
  paced: ScenarioResult;
  peerCapacity?: ScenarioResult;
  peerPaced?: ScenarioResult;
}

/** The app's paced p99 over the peer's in one round (1 without a peer). */
function p99Ratio(pair: Pair): number {
  return pair.peerPaced ? ratio(pair.paced.p99Ms, pair.peerPaced.p99Ms) : 1;
}

/** `a / b` to two decimals. */
function ratio(a: number, b: number): number {
  return Math.round((a / b) * 100) / 100;
}

function parsePeer(value: string | undefined): Peer | undefined {
  if (value === undefined) return undefined;
  const peer = peers.find((known) => known === value);
  if (!peer) throw new Error(`unknown peer "${value}"; available: ${peers.join(', ')}`);
  return peer;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scenario: { type: 'string', default: 'messages' },
      concurrency: { type: 'string', default: '50' },
      'no-warmup': { type: 'boolean', default: false },
      think: { type: 'string', default: '250-1250' },
      peer: { type: 'string' },
      records: { type: 'string' },
      rounds: { type: 'string', default: '1' },
      refill: { type: 'boolean', default: false },
      store: { type: 'string', default: 'sqlite' },
      instances: { type: 'string', default: '2' },
      chaos: { type: 'string' },
    },
  });
  const peer = parsePeer(values.peer);
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
  if (peer && !scenario.supportsPeer) throw new Error(`scenario "${name}" cannot run --peer`);
  const records = values.records === undefined ? undefined : Number(values.records);
  const rounds = Number(values.rounds);
  if (records !== undefined && (!Number.isInteger(records) || records < 1 || records > 1_000_000))
    throw new Error('--records must be a whole number from 1 to 1000000');
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 10) throw new Error('--rounds must be from 1 to 10');
  const log = (text: string): void => console.log(text);

  log(`bench: scenario ${name}: ${scenario.description}`);
  log(`bench: ${concurrency} concurrent conversations, each a full preparation; node ${process.version}`);
  // Client, fake connector and app share one process and these cores; other load skews the figures.
  const load = (): string => loadavg()[0].toFixed(2);
  log(`bench: load average ${load()} at start`);
  const warmUp = values['no-warmup'] ? 0 : warmupConversations;
  log(`bench: each run's app first serves ${warmUp} warm-up conversations, closed loop, not counted`);
  if (records !== undefined) {
    // Loaded only here: the fill writes through the stores, which other runs do not need.
    const { runRecords } = await import('./records');
    const summary = await runRecords(scenario, {
      concurrency,
      thinkMs,
      warmUp,
      log,
      records,
      rounds,
      refill: values.refill,
    });
    log(`  note: load average ${load()} at end`);
    log(JSON.stringify(summary));
    return;
  }
  if (values.store === 'postgres') {
    if (name !== 'messages') throw new Error('--store postgres runs the messages scenario only');
    const instances = Number(values.instances);
    if (!Number.isInteger(instances) || instances < 1 || instances > 8)
      throw new Error('--instances must be a whole number from 1 to 8');
    const chaos = values.chaos === undefined ? undefined : Number(values.chaos);
    if (chaos !== undefined && !(chaos >= 0.5 && chaos <= 600)) throw new Error('--chaos must be 0.5 to 600 seconds');
    const { runInstances } = await import('./instances');
    const chaosMs = chaos === undefined ? undefined : chaos * 1000;
    log(
      JSON.stringify(await runInstances(scenario, { concurrency, thinkMs, warmUp, log, instances, rounds, chaosMs })),
    );
    return;
  }
  if (values.store !== 'sqlite') throw new Error('--store must be sqlite or postgres');
  let step = 0;
  const announce = (what: string): void => log(`run ${++step}: ${what}`);
  const base = { concurrency, store: 'sqlite' as const, warmUp, log };
  const pairs: Pair[] = [];
  let memory: ScenarioResult | undefined;
  // With a peer, each round runs the app and the peer on the same load back to back, so every
  // ratio is taken in the same minute of the shared machine; the memory run comes once.
  for (let round = 1; round <= (peer ? rounds : 1); round++) {
    const capacityScript: Transcripts = new Map();
    const pacedScript: Transcripts = new Map();
    const of = peer && rounds > 1 ? ` (round ${round})` : '';
    announce(`capacity, conversation state in sqlite, closed loop: each message as soon as the last is answered${of}`);
    const capacity = await scenario.run({ ...base, thinkMs: closedLoop, transcripts: capacityScript });
    if (peer) announce(`capacity, the ${peer} bot, replaying the same messages${of}`);
    const peerCapacity = peer
      ? await scenario.run({ ...base, thinkMs: closedLoop, peer, transcripts: capacityScript })
      : undefined;
    if (!memory) {
      announce('capacity, conversation state in memory (closed loop)');
      memory = await scenario.run({ ...base, store: 'memory', thinkMs: closedLoop });
    }
    announce(`latency, sqlite, each person pausing ${thinkMs[0]}-${thinkMs[1]} ms before each message${of}`);
    const paced = await scenario.run({ ...base, thinkMs, transcripts: pacedScript });
    if (peer) announce(`latency, the ${peer} bot, the same messages and pauses${of}`);
    const peerPaced = peer ? await scenario.run({ ...base, thinkMs, peer, transcripts: pacedScript }) : undefined;
    pairs.push({ capacity, paced, peerCapacity, peerPaced });
  }
  if (!memory) throw new Error('no memory run');
  // The round whose paced p99 ratio is the median (the only one without a peer) stands for the run.
  const byRatio = [...pairs].sort((a, b) => p99Ratio(a) - p99Ratio(b));
  const { capacity: sqlite, paced, peerCapacity, peerPaced } = byRatio[Math.floor((byRatio.length - 1) / 2)];
  const sqliteVsMemory = ratio(sqlite.turnsPerSec, memory.turnsPerSec);

  log('');
  log(`summary (${name}, ${concurrency} concurrent conversations; latency = message sent -> every reply received)`);
  for (const [i, pair] of pairs.entries()) {
    if (pairs.length > 1) log(`  round ${i + 1}:`);
    log(`  capacity ${line(pair.capacity)}`);
    if (pair.peerCapacity) log(`  capacity ${line(pair.peerCapacity)}`);
    if (i === 0) log(`  capacity ${line(memory)}`);
    log(`  paced    ${line(pair.paced)}`);
    if (pair.peerPaced) log(`  paced    ${line(pair.peerPaced)}`);
    if (pair.peerPaced && pair.peerCapacity)
      log(
        `  against ${peer ?? ''}: paced p99 ${p99Ratio(pair)} x, capacity ${ratio(pair.capacity.turnsPerSec, pair.peerCapacity.turnsPerSec)} x, main-thread CPU per paced turn ${ratio(pair.paced.cpuMsPerTurn ?? 0, pair.peerPaced.cpuMsPerTurn ?? 1)} x`,
      );
  }
  log(`  sqlite capacity is ${sqliteVsMemory} x memory (target >= 0.5)`);
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
  const versusPeer =
    peer && peerCapacity && peerPaced
      ? {
          peer,
          peerP99Ms: peerPaced.p99Ms,
          peerTurnsPerSec: peerCapacity.turnsPerSec,
          p99VsPeer: p99Ratio(byRatio[Math.floor((byRatio.length - 1) / 2)]),
          turnsPerSecVsPeer: median(
            pairs.map((pair) => ratio(pair.capacity.turnsPerSec, pair.peerCapacity?.turnsPerSec ?? 1)),
          ),
          ...(paced.cpuMsPerTurn !== undefined && peerPaced.cpuMsPerTurn
            ? {
                cpuVsPeer: median(
                  pairs.map((pair) => ratio(pair.paced.cpuMsPerTurn ?? 0, pair.peerPaced?.cpuMsPerTurn ?? 1)),
                ),
              }
            : {}),
          ...(pairs.length > 1 ? { rounds: pairs.length } : {}),
        }
      : undefined;
  if (versusPeer) {
    const of = pairs.length > 1 ? ` (median of ${pairs.length} rounds)` : '';
    log(`  against the ${peer} bot in this run: paced p99 ${versusPeer.p99VsPeer} x (target <= 1.5)${of}`);
    log(`  against the ${peer} bot in this run: capacity ${versusPeer.turnsPerSecVsPeer} x (target >= 0.7)${of}`);
    if (versusPeer.cpuVsPeer !== undefined)
      log(`  against the ${peer} bot in this run: main-thread CPU per paced turn ${versusPeer.cpuVsPeer} x${of}`);
  }
  log(
    `  paced p99 ${paced.p99Ms} ms (target <= ${scenario.p99TargetMs} ms); closed-loop p99 ${sqlite.p99Ms} ms is queueing at saturation`,
  );
  for (const note of new Set([...sqlite.notes, ...memory.notes])) log(`  note: ${note}`);
  for (const note of paced.notes) log(`  paced note: ${note}`);
  log(`  note: the app runs in its own process; clients and fakes in this one. Load average ${load()} at end`);
  log(
    pairs.length > 1
      ? '  JSON: the round with the median paced p99 ratio: its capacity as turnsPerSec, its paced run as turns and p50/p95/p99; ratios are medians of the rounds'
      : '  JSON: turnsPerSec = sqlite capacity (run 1); turns and p50/p95/p99 = the paced run',
  );
  log(
    JSON.stringify({
      scenario: name,
      concurrency,
      turns: paced.turns,
      turnsPerSec: sqlite.turnsPerSec,
      p50Ms: paced.p50Ms,
      p95Ms: paced.p95Ms,
      p99Ms: paced.p99Ms,
      sqliteVsMemory,
      ...(paced.cpuMsPerTurn === undefined ? {} : { cpuMsPerTurn: paced.cpuMsPerTurn }),
      ...(versusPeer ?? {}),
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
    // Servers and sockets of the failed run may still be open: do not wait for them.
    process.exit(1);
  },
);
