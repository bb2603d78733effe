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
  sleep(ms: number): Promise<void>;
  random(): number;
}

export const realRetryClock: RetryClock = {
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/** Why a send gave up: the last status, and whether the connector asked for too long a wait. */
export type SendOutcome =
  { ok: true; id: string } | { ok: false; status: number; attempts: number; waitTooLong: boolean };

/**
 * Runs `attempt` until it succeeds, fails for good, or the attempts run out. Between tries it
 * waits as long as Retry-After says, or else a jittered exponential backoff ("equal jitter": half
 * the step for sure, half at random, so clients that failed together do not retry together).
 */
export async function sendWithRetries(
  attempt: () => Promise<Attempt>,
  policy: RetryPolicy,
  clock: RetryClock,
  onRetry: (retry: { status: number; attempt: number; waitMs: number }) => void,
): Promise<SendOutcome> {
  for (let tried = 1; ; tried++) {
    const outcome = await attempt();
    if (outcome.ok) return outcome;
    const transient = outcome.status === 0 || policy.transient.has(outcome.status);
    if (!transient || tried >= policy.maxAttempts)
      return { ok: false, status: outcome.status, attempts: tried, waitTooLong: false };
    if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > policy.maxRetryAfterMs)
      return { ok: false, status: outcome.status, attempts: tried, waitTooLong: true };
    const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (tried - 1));
    const waitMs = outcome.retryAfterMs ?? step / 2 + (clock.random() * step) / 2;
    onRetry({ status: outcome.status, attempt: tried, waitMs: Math.round(waitMs) });
    await clock.sleep(waitMs);
  }
}
