import { MicrosoftAppCredentials } from 'botframework-connector';
import { AppError } from '../../plan/appError';
import type { CoordinatorReference } from '../../storage/coordinatorStore';
import type { Logger } from '../logger';

/** What the bot sends on its own initiative: text, a card, or both. */
export interface OutboundActivity {
  type: 'message';
  text?: string;
  textFormat?: 'markdown' | 'plain';
  attachments?: { contentType: string; content?: unknown }[];
}

/** Status codes Teams documents as worth retrying: throttled, conflicting write, gateway trouble. */
export const transientStatuses: ReadonlySet<number> = new Set([429, 412, 502, 504]);

/** How hard to try, and how fast to go. */
export interface SendPolicy {
  /** Attempts per message, the first included. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Messages (attempts) allowed per conversation in any one-second window. Teams allows 7. */
  perSecond: number;
  /** The longest Retry-After honoured; longer ones fail the send rather than hold it for minutes. */
  maxRetryAfterMs: number;
  requestTimeoutMs: number;
}

export const defaultSendPolicy: SendPolicy = {
  maxAttempts: 6,
  baseDelayMs: 250,
  maxDelayMs: 8_000,
  perSecond: 7,
  maxRetryAfterMs: 60_000,
  requestTimeoutMs: 15_000,
};

/** Time, randomness and waiting, replaceable so tests can run the policy quickly. */
export interface SenderClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  random(): number;
}

const realClock: SenderClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/** Gives a bearer token for the Bot Connector, or undefined when auth is off (local and tests). */
export type TokenSource = () => Promise<string | undefined>;

/** The bot's own credentials (app id and password) as a token source. */
export function appTokenSource(auth: { appId: string; appPassword: string; tenantId: string }): TokenSource {
  if (!auth.appId) return () => Promise.resolve(undefined);
  const credentials = new MicrosoftAppCredentials(auth.appId, auth.appPassword, auth.tenantId || undefined);
  return () => credentials.getToken();
}

/**
 * At most `perSecond` sends per conversation in any window, spread out rather than in bursts:
 * sends are at least `window / perSecond` apart, and any `perSecond + 1` of them span a full
 * window. The window is a little over a second, so network jitter cannot bunch sends together at
 * Teams' end. Each caller reserves the earliest free slot synchronously, so concurrent sends
 * queue in order instead of racing.
 */
export class ConversationRateLimiter {
  private readonly slots = new Map<string, number[]>();
  private readonly gapMs: number;

  constructor(
    private readonly perSecond: number,
    private readonly clock: SenderClock,
    private readonly windowMs = 1100,
  ) {
    this.gapMs = Math.ceil(windowMs / perSecond);
  }

  /** Resolves when this conversation may send again. */
  async take(conversationId: string): Promise<void> {
    const now = this.clock.now();
    const kept = (this.slots.get(conversationId) ?? []).filter((at) => at > now - this.windowMs);
    const last = kept.at(-1);
    const spaced = last === undefined ? now : last + this.gapMs;
    // The slot `perSecond` places back must be a full window old before another send may go.
    const windowed = kept.length >= this.perSecond ? kept[kept.length - this.perSecond] + this.windowMs : now;
    const slot = Math.max(now, spaced, windowed);
    kept.push(slot);
    this.slots.set(conversationId, kept);
    if (slot > now) await this.clock.sleep(slot - now);
  }
}

/** One HTTP attempt's outcome. */
type Attempt = { ok: true; id: string } | { ok: false; status: number; retryAfterMs?: number };

/**
 * Proactive sends to Teams through the Bot Connector REST API, with the care Teams asks for:
 * 429, 412, 502 and 504 (and lost connections) are retried with jittered exponential backoff,
 * a Retry-After header is honoured, and no conversation gets more than 7 messages a second.
 * It talks HTTP itself rather than through the SDK's connector client, whose built-in retries
 * would hide attempts from the rate limit.
 */
export class ReliableSender {
  private readonly limiter: ConversationRateLimiter;

  constructor(
    private readonly token: TokenSource,
    private readonly logger: Logger,
    private readonly policy: SendPolicy = defaultSendPolicy,
    private readonly clock: SenderClock = realClock,
  ) {
    this.limiter = new ConversationRateLimiter(policy.perSecond, clock);
  }

  /** Sends one activity to the conversation; resolves with the id Teams gave it. */
  async send(reference: CoordinatorReference, activity: OutboundActivity): Promise<string> {
    const body = JSON.stringify({
      ...activity,
      channelId: 'msteams',
      from: { id: reference.botId },
      recipient: { id: reference.userId },
      conversation: { id: reference.conversationId, ...(reference.tenantId ? { tenantId: reference.tenantId } : {}) },
      ...(reference.tenantId ? { channelData: { tenant: { id: reference.tenantId } } } : {}),
    });
    const url = `${reference.serviceUrl.replace(/\/+$/, '')}/v3/conversations/${encodeURIComponent(reference.conversationId)}/activities`;
    for (let attempt = 1; ; attempt++) {
      await this.limiter.take(reference.conversationId);
      const outcome = await this.attempt(url, body);
      if (outcome.ok) return outcome.id;
      const transient = outcome.status === 0 || transientStatuses.has(outcome.status);
      if (!transient || attempt >= this.policy.maxAttempts) {
        this.logger.error('teams_send_failed', { status: outcome.status, attempts: attempt });
        throw new AppError('upstream_failed', `Teams refused the message (HTTP ${outcome.status}).`);
      }
      if (outcome.retryAfterMs !== undefined && outcome.retryAfterMs > this.policy.maxRetryAfterMs) {
        this.logger.error('teams_send_failed', { status: outcome.status, retryAfterMs: outcome.retryAfterMs });
        throw new AppError('upstream_failed', 'Teams asked us to wait longer than we hold a message.');
      }
      const wait = outcome.retryAfterMs ?? this.backoff(attempt);
      this.logger.warn('teams_send_retry', { status: outcome.status, attempt, waitMs: Math.round(wait) });
      await this.clock.sleep(wait);
    }
  }

  /** "Equal jitter": half the exponential step for sure, half at random, so retries spread out. */
  private backoff(attempt: number): number {
    const step = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
    return step / 2 + (this.clock.random() * step) / 2;
  }

  private async attempt(url: string, body: string): Promise<Attempt> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const token = await this.token();
    if (token) headers.authorization = `Bearer ${token}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.policy.requestTimeoutMs),
      });
    } catch {
      return { ok: false, status: 0 };
    }
    const text = await response.text().catch(() => '');
    if (response.ok) {
      const parsed: unknown = text ? safeJson(text) : undefined;
      const id = parsed && typeof parsed === 'object' && 'id' in parsed ? String(parsed.id) : '';
      return { ok: true, id };
    }
    return { ok: false, status: response.status, retryAfterMs: retryAfter(response.headers.get('retry-after')) };
  }
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
