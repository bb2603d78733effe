import { randomUUID } from 'node:crypto';
import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../test/support/tempDb';
import { carerPersona, personPersona, type Persona } from '../test/support/personas';
import type { Peer, ScenarioOptions, ScenarioResult, StateStore } from './scenario';

/** The app under test, running in a child process. */
export interface BenchApp extends BenchProcess {
  /** Its sqlite file, for scenarios that watch its size. */
  dbPath: string;
}

/** The Node flags `npm start` gives the service (package.json), so the benchmark runs the same runtime. */
export function startFlags(startScript: string): string[] {
  const flags = /\bnode((?:\s+--\S+)*)/.exec(startScript)?.[1] ?? '';
  return flags.split(/\s+/).filter(Boolean);
}

function npmStartFlags(): string[] {
  const manifest = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return startFlags(manifest.scripts.start);
}

/** A benchmark process serving HTTP on loopback: the app, or a peer bot to compare it with. */
export interface BenchProcess {
  baseUrl: string;
  /** The process, for scenarios that watch its memory. */
  pid: number;
  /** CPU time used so far by the process's main (JavaScript) thread and by the whole process. */
  cpu(): CpuTime;
  stop(): Promise<void>;
  /** Ends the process at once with SIGKILL, as a crash or an evicted container would. */
  kill(): Promise<void>;
}

/** CPU time, in milliseconds. */
export interface CpuTime {
  mainMs: number;
  processMs: number;
}

/** utime + stime from a `/proc/.../stat` line, in milliseconds (Linux; 0 elsewhere). */
function cpuMsOf(statPath: string): number {
  try {
    // The command name, in parentheses, may hold spaces: count fields after its closing one.
    const stat = readFileSync(statPath, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5): the 12th and 13th after the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicksPerSecond;
  } catch {
    return 0;
  }
}

/** `getconf CLK_TCK`: 100 on every Linux this runs on. */
const clockTicksPerSecond = 100;

/**
 * Forks `bench/<name>.ts` (or `.js` when compiled) with an IPC channel, under tsx when this
 * process runs under it.
 */
export function forkBenchChild(name: string, flags: readonly string[], options: ForkOptions): ChildProcess {
  const entry = join(__dirname, `${name}${__filename.endsWith('.ts') ? '.ts' : '.js'}`);
  return fork(entry, [], {
    ...options,
    execArgv: [...flags, ...(__filename.endsWith('.ts') ? ['--require', 'tsx/cjs'] : [])],
  });
}

/**
 * Forks `bench/<name>.ts` (or `.js` when compiled) with the Node flags `npm start` uses, and
 * waits for it to report its address over IPC; it stops on a "stop" message.
 */
async function forkBenchProcess(name: string, env: NodeJS.ProcessEnv, onExit: () => void): Promise<BenchProcess> {
  const child = forkBenchChild(
    name,
    [
      ...npmStartFlags(),
      // BENCH_NODE_FLAGS="--flag …" adds Node flags after npm start's, to try a runtime setting.
      ...(process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? []),
      // BENCH_PROFILE_DIR=<dir> writes a CPU profile of the process there.
      ...(process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : []),
    ],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const baseUrl = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { baseUrl?: string }) => resolve(String(message.baseUrl)));
    child.once('exit', (code) => reject(new Error(`bench process ${name} exited early (${code})`)));
  });
  const pid = child.pid ?? 0;
  return {
    baseUrl,
    pid,
    cpu: () => ({ mainMs: cpuMsOf(`/proc/${pid}/task/${pid}/stat`), processMs: cpuMsOf(`/proc/${pid}/stat`) }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => {
          onExit();
          resolve();
        });
        child.send('stop');
      }),
    kill: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => {
          onExit();
          resolve();
        });
        child.kill('SIGKILL');
      }),
  };
}

/**
 * Starts the real app in a child process on 127.0.0.1 over a fresh temporary sqlite file, so
 * the load generator in this process has its own core, as a real client would.
 */
export async function startBenchApp(store: StateStore, env: NodeJS.ProcessEnv = {}): Promise<BenchApp> {
  const tmp = tempDir('careprep-bench-');
  const dbPath = env.CAREPREP_DB ?? tmp.file();
  const running = await forkBenchProcess(
    'appProcess',
    {
      // Every simulated person comes from this one loopback address.
      CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_ADDRESS: '1000000',
      CAREPREP_DIRECTLINE_NEW_PER_MINUTE: '1000000',
      ...env,
      CAREPREP_DB: dbPath,
      CAREPREP_LOG_LEVEL: 'silent',
      BENCH_STATE_STORE: store,
    },
    () => tmp.cleanup(),
  );
  return { ...running, dbPath };
}

/** Starts a peer bot (`bench/<peer>Bot.ts`) in a child process on 127.0.0.1. */
export function startBenchPeer(peer: Peer): Promise<BenchProcess> {
  return forkBenchProcess(`${peer}Bot`, {}, () => undefined);
}

/** Channel ids the conversations cycle through, so every rendering family is exercised. */
export const benchChannels = ['webchat', 'msteams', 'sms'] as const;

/** The persona and channel for conversation `i`: a mix of people and carers on every channel. */
export function conversationPlan(i: number): { persona: Persona; channelId: string } {
  return {
    persona: i % 2 === 0 ? personPersona : carerPersona,
    channelId: benchChannels[i % benchChannels.length],
  };
}

/** The value below which `p` (0–1) of the sorted samples fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1];
}

/** Runs `task(0 … count-1)` with at most `concurrency` in flight; rejects on the first failure. */
export async function runPool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      await task(i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(count, concurrency) }, () => worker()));
}

/**
 * Runs `options.warmUp` conversations closed-loop on the app, uncounted, then the measured
 * ones (`options.concurrency` of them, all at once). `conversation(i, measured)` must record
 * latencies and pause to think only when `measured`. Returns the measured run's wall time;
 * `measuring` is called between the warm-up and the measured run.
 */
export async function warmThenMeasure(
  options: Pick<ScenarioOptions, 'concurrency' | 'warmUp'>,
  conversation: (i: number, measured: boolean) => Promise<void>,
  measuring?: () => void,
): Promise<number> {
  const { concurrency, warmUp } = options;
  await runPool(warmUp, warmUp, (i) => conversation(concurrency + i, false));
  measuring?.();
  const started = performance.now();
  await runPool(concurrency, concurrency, (i) => conversation(i, true));
  return performance.now() - started;
}

/** CPU used between two readings. */
export function cpuBetween(before: CpuTime, after: CpuTime): CpuTime {
  return { mainMs: after.mainMs - before.mainMs, processMs: after.processMs - before.processMs };
}

/** Builds a result from per-turn latencies and the wall time of the run. */
export function summarise(
  base: Pick<ScenarioResult, 'scenario' | 'store' | 'concurrency' | 'conversations' | 'notes' | 'peer'>,
  latenciesMs: number[],
  durationMs: number,
  /** CPU the serving process used during the measured run, if watched. */
  cpu?: CpuTime,
  chaos?: ScenarioResult['chaos'],
): ScenarioResult {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const round = (n: number): number => Math.round(n * 100) / 100;
  const perTurn = (ms: number): number => round(ms / Math.max(1, sorted.length));
  return {
    ...base,
    ...(cpu ? { cpuMsPerTurn: perTurn(cpu.mainMs), processCpuMsPerTurn: perTurn(cpu.processMs) } : {}),
    ...(chaos ? { chaos } : {}),
    turns: sorted.length,
    durationMs: round(durationMs),
    turnsPerSec: round(sorted.length / (durationMs / 1000)),
    p50Ms: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
    p99Ms: round(percentile(sorted, 0.99)),
    maxMs: round(sorted.at(-1) ?? 0),
  };
}

/** Progress reporting for one run; see {@link progress}. */
export interface Progress {
  /** Counts one finished turn (optional: without it the ticker counts turns of finished conversations). */
  turn(): void;
  /** Counts one finished conversation of `turns` turns. */
  done(turns: number): void;
}

/**
 * Prints a progress line every fifth of the conversations and, since closed-loop conversations
 * tend to finish together at the end, every two seconds while the run goes on.
 */
export function progress(label: string, total: number, log: (line: string) => void): Progress {
  const every = Math.max(1, Math.ceil(total / 5));
  let completed = 0;
  let turns = 0;
  let finishedTurns = 0;
  const started = performance.now();
  const report = (): void => {
    const seconds = (performance.now() - started) / 1000;
    const sofar = Math.max(turns, finishedTurns);
    log(`  ${label}: ${completed}/${total} conversations, ${sofar} turns, ${seconds.toFixed(1)} s`);
  };
  const ticker = setInterval(report, 2000);
  ticker.unref();
  return {
    turn() {
      turns += 1;
    },
    done(conversationTurns) {
      completed += 1;
      finishedTurns += conversationTurns;
      if (completed === total) clearInterval(ticker);
      if (completed % every === 0 || completed === total) report();
    },
  };
}

/**
 * Waits as a person would before each message. The first message waits too, so conversations
 * start spread over the think window rather than all in the same millisecond.
 */
export function thinker(thinkMs: readonly [number, number]): () => Promise<void> {
  return async () => {
    const [min, max] = thinkMs;
    const pause = min + Math.random() * (max - min);
    if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
  };
}

/** Where one bench conversation's messages go and come from. */
export interface BenchAddress {
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  userId: string;
}

/** The JSON body of a person's message, as a channel posts it to `/api/messages`. */
export function messageBody(address: BenchAddress, text: string): string {
  return JSON.stringify({
    type: 'message',
    id: randomUUID(),
    channelId: address.channelId,
    serviceUrl: address.serviceUrl,
    conversation: { id: address.conversationId },
    from: { id: address.userId },
    recipient: { id: 'careprep-bot' },
    locale: 'en-GB',
    timestamp: new Date().toISOString(),
    text,
  });
}
