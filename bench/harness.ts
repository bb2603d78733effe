import { startApp, type RunningApp } from '../test/support/startApp';
import { carerPersona, personPersona, type Persona } from '../test/support/personas';
import type { ScenarioResult, StateStore } from './scenario';

/** Starts the real app in-process on 127.0.0.1 over a fresh temporary sqlite file. */
export function startBenchApp(store: StateStore): Promise<RunningApp> {
  return startApp({
    env: { CAREPREP_LOG_LEVEL: 'silent' },
    overrides: { memoryState: store === 'memory' },
  });
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

/** Builds a result from per-turn latencies and the wall time of the run. */
export function summarise(
  base: Pick<ScenarioResult, 'scenario' | 'store' | 'concurrency' | 'conversations' | 'notes'>,
  latenciesMs: number[],
  durationMs: number,
): ScenarioResult {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const round = (n: number): number => Math.round(n * 100) / 100;
  return {
    ...base,
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
