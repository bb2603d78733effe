/**
 * How a benchmark scenario runs its conversations and measures them: who speaks on which channel,
 * how many at once, the pauses a person makes, progress lines, and the figures a run reports.
 */
import { randomUUID } from 'node:crypto';
import { carerPersona, personPersona, type Persona } from '../test/support/personas';
import type { CpuTime } from './benchProcesses';
import type { ScenarioOptions, ScenarioResult } from './scenario';

/** Channel ids the conversations cycle through, so every rendering family is exercised. */
export const benchChannels = ['webchat', 'msteams', 'sms'] as const;

/** The persona and channel for conversation `i`: a mix of people and carers on every channel. */
export function conversationPlan(i: number): { persona: Persona; channelId: string } {
  return {
    persona: inOwnWords(i % 2 === 0 ? personPersona : carerPersona, i),
    channelId: benchChannels[i % benchChannels.length],
  };
}

/** The questions people answer in their own words (not a choice, a score, a name or a yes). */
const ownWordsQuestion =
  /^(?:whatMatters\.\w+|goal\.\d+\.(?:text|action|barriers|moreLikely)|carer\.(?:view\.\w+|coping|help)|topics\.own)$/;

/** Words that end an answer without changing what it says. */
const endings = ['slowly', 'gently', 'steadily', 'mostly', 'usually', 'hopefully', 'gradually', 'regularly', 'calmly'];

/**
 * `persona` with its answers in its own words ended by two words that differ for every one of the
 * first 81 conversations: people do not type the same sentences, and a reading the app remembers
 * for a text it read lately must not be served to one person from another's identical words.
 */
function inOwnWords(persona: Persona, i: number): Persona {
  const ending = `, ${endings[i % endings.length]} and ${endings[Math.floor(i / endings.length) % endings.length]}`;
  const answers = Object.fromEntries(
    Object.entries(persona.answers).map(([key, said]) => [
      key,
      ownWordsQuestion.test(key) && typeof said === 'string' && said !== 'skip' ? `${said}${ending}` : said,
    ]),
  );
  return { ...persona, answers };
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
