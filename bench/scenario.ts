/**
 * The contract between `bench/run.ts` and a scenario (`bench/scenarios/<name>.ts`). A scenario
 * drives full preparations through one way in (Bot Framework messages, Direct Line polling, the
 * SMS webhook) against a fresh in-process app and reports what one measured run took.
 */

/**
 * Where a run keeps its data: the real sqlite store, `MemoryStorage` for conversation state (the
 * rest in sqlite), or PostgreSQL (`appEnv` carries its `CAREPREP_DATABASE_URL`).
 */
export type StateStore = 'sqlite' | 'memory' | 'postgres';

/** The peer bots `--peer` can run beside the app, each in `bench/<name>Bot.ts`. */
export const peers = ['echo'] as const;
export type Peer = (typeof peers)[number];

/**
 * What each conversation said, by its index, in order. A run of the app fills it; a run of a
 * peer bot replays it, so both serve exactly the same messages at the same pace.
 */
export type Transcripts = Map<number, string[]>;

/** What `bench/run.ts` passes to a scenario. */
export interface ScenarioOptions {
  /** Conversations in flight at once; also the number of conversations in the run. */
  concurrency: number;
  store: StateStore;
  /**
   * The pause, in milliseconds, before each message after the first, drawn evenly from
   * [min, max]: a person reading and typing. [0, 0] is a closed loop that measures capacity.
   */
  thinkMs: readonly [number, number];
  /**
   * Conversations run closed-loop on the same app process before the measured ones, not
   * counted: a fresh process compiles its code and templates on first use.
   */
  warmUp: number;
  /** Prints a progress line. */
  log: (line: string) => void;
  /** Serve the run with this peer bot instead of the app, replaying `transcripts`. */
  peer?: Peer;
  /** Filled by a run of the app, replayed by a run of a peer (scenarios that support `--peer`). */
  transcripts?: Transcripts;
  /**
   * App processes serving the run (1 by default), each message to the next in turn, as a
   * round-robin load balancer would send them: one conversation's messages reach every instance.
   */
  instances?: number;
  /**
   * With several instances: SIGKILL one every this many milliseconds (each in turn) and start a
   * new one in its place; a message whose instance died is sent again, with the same activity id,
   * to the next one, as Bot Framework redelivers.
   */
  chaosMs?: number;
  /** More environment for the app (a database already full, API keys). */
  appEnv?: NodeJS.ProcessEnv;
  /** Started against the app when the measured run starts, stopped when it ends; its notes are kept. */
  alongside?: (baseUrl: string) => { stop(): Promise<string[]> };
}

/** What one measured run took. Latencies are per turn, in milliseconds. */
export interface ScenarioResult {
  scenario: string;
  store: StateStore;
  concurrency: number;
  conversations: number;
  turns: number;
  durationMs: number;
  turnsPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The peer bot that served the run, if it was not the app. */
  peer?: Peer;
  /** CPU time of the serving process's main thread per measured turn, in ms (Linux). */
  cpuMsPerTurn?: number;
  /** CPU time of the whole serving process (sqlite and libuv threads too) per measured turn, in ms. */
  processCpuMsPerTurn?: number;
  /** Caveats worth printing beside the figures. */
  notes: string[];
  /**
   * Under chaos: instances killed, messages sent again, messages processed twice (answered a step
   * further on a second time), messages answered with the same question twice (a reply sent again,
   * the message processed once), and conversations that did not finish (a lost answer shows as a
   * question asked again).
   */
  chaos?: {
    kills: number;
    redelivered: number;
    processedTwice: number;
    repliesResent: number;
    unfinished: number;
    failures: string[];
  };
}

/** The module shape of `bench/scenarios/<name>.ts`. */
export interface Scenario {
  /** One line saying what is measured, printed before the runs. */
  description: string;
  /** The target for p99 latency, in milliseconds, at 50 concurrent conversations. */
  p99TargetMs: number;
  /** Whether `options.peer` is understood (a peer run replays the app run's `transcripts`). */
  supportsPeer?: boolean;
  run(options: ScenarioOptions): Promise<ScenarioResult>;
}
