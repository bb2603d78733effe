/**
 * The processes a benchmark runs against: the app, or a peer bot to compare it with, each forked
 * with the Node flags `npm start` uses and serving on loopback, and the CPU time each has used.
 */
import { fork, type ChildProcess, type ForkOptions } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../test/support/tempDb';
import type { Peer, StateStore } from './scenario';

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
      CAREPREP_MAX_CONNECTIONS_PER_ADDRESS: '0',
      // Each simulated phone texts its next answer as soon as the TwiML comes back, faster than a
      // real phone shows it: the script is never read as texts sent before the question was seen.
      CAREPREP_SMS_SEEN_AFTER_MS: '0',
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

/** CPU used between two readings. */
export function cpuBetween(before: CpuTime, after: CpuTime): CpuTime {
  return { mainMs: after.mainMs - before.mainMs, processMs: after.processMs - before.processMs };
}
