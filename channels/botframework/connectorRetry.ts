import { setTimeout as delay } from 'node:timers/promises';
import type { Attempt } from './connectorHttp';

/** How hard to try one send to a Bot Connector. */
export interface RetryPolicy {
  /** Attempts per message, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest Retry-After honoured; longer ones fail the send rather than hold it for minutes. */
  maxRetryAfterMs: number;
  /** Statuses worth another try; no answer at all (status 0) always is. */
  transient: ReadonlySet<number>;
}

/** Waiting and randomness, replaceable so tests check the waits asked rather than time them. */
export interface RetryClock {
  /** Waits `ms`, or less when `signal` aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  random(): number;
}

export const realRetryClock: RetryClock = {
  // An abort ends the wait early; it is how the wait ends, not a failure.
  sleep: (ms, signal) => delay(ms, undefined, { signal }).catch(() => undefined),
  random: () => Math.random(),
};

/**
 * Why a send gave up: the last status, whether the connector asked for too long a wait, and
 * whether it stopped trying because the process is stopping.
 */
export type SendOutcome =
  { ok: true; id: string } | { ok: false; status: number; attempts: number; waitTooLong: boolean; stopping: boolean };

/**
 * Runs `attempt` until it succeeds, fails for good, or the attempts run out. Between tries it
 * waits as long as Retry-After says, or else a jittered exponential backoff ("equal jitter": half
 * the step for sure, half at random, so clients that failed together do not retry together).
 * Once `stopping` aborts, it tries no more: an attempt under way finishes, a wait ends at once.
 */
export async function sendWithRetries(
  attempt: () => Promise<Attempt>,
  policy: RetryPolicy,
  clock: RetryClock,
  onRetry: (retry: { status: number; attempt: number; waitMs: number }) => void,
  stopping?: AbortSignal,
): Promise<SendOutcome> {
  for (let tried = 1; ; tried++) {
    const outcome = await attempt();
    if (outcome.ok) return outcome;
    const failed = { ok: false as const, status: outcome.status, attempts: tried, waitTooLong: false, stopping: false };
    const transient = outcome.status === 0 || policy.transient.has(outcome.status);
    if (!transient || tried >= policy.maxAttempts) return failed;
    if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > policy.maxRetryAfterMs)
      return { ...failed, waitTooLong: true };
    if (stopping?.aborted) return { ...failed, stopping: true };
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (tried - 1));
    const waitMs = outcome.retryAfterMs ?? step / 2 + (clock.random() * step) / 2;
    onRetry({ status: outcome.status, attempt: tried, waitMs: Math.round(waitMs) });
    await clock.sleep(waitMs, stopping);
    if (stopping?.aborted) return { ...failed, stopping: true };
  }
}
