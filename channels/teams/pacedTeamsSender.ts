import { MicrosoftAppCredentials } from 'botframework-connector';
import { AppError } from '../../plan/appError';
import { NotSent, type CoordinatorSender, type OutboundActivity } from '../../coordination/outbound';
import type { CoordinatorReference } from '../../coordination/coordinatorStore';
import type { Logger } from '../../plan/logger';
import { activitiesUrl, ConnectorHttp, type Attempt, type WriteGate } from '../botframework/connectorHttp';
import { realRetryClock, sendWithRetries, type RetryClock, type SendOutcome } from '../botframework/connectorRetry';
import {
  ConversationRateLimiter,
  SharedRateLimiter,
  type PacingClock,
  type SendPacer,
  type SlotStore,
} from './sendPacing';

/** Status codes Teams documents as worth retrying: throttled, conflicting write, gateway trouble. */
export const transientStatuses: ReadonlySet<number> = new Set([429, 412, 502, 504]);

/**
 * Refusals made before the connector took the activity: throttled (Teams serves no request it
 * answers 429) or a precondition failed (HTTP says the request was then not applied). A 5xx may
 * come after it was passed on, so it is not among them.
 */
const refusedUntaken: ReadonlySet<number> = new Set([429, 412]);

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
export interface SenderClock extends RetryClock, PacingClock {}

// Monotonic, as timers are: a wall clock set back would hold sends up.
const realClock: SenderClock = { ...realRetryClock, now: () => performance.now() };

/** Gives a bearer token for the Bot Connector, or undefined when auth is off (local and tests). */
export type TokenSource = () => Promise<string | undefined>;

/** The bot's own credentials (app id and password) as a token source. */
export function appTokenSource(auth: { appId: string; appPassword: string; tenantId: string }): TokenSource {
  if (!auth.appId) return () => Promise.resolve(undefined);
  const credentials = new MicrosoftAppCredentials(auth.appId, auth.appPassword, auth.tenantId || undefined);
  return () => credentials.getToken();
}

/**
 * Proactive sends to Teams (and, by `sendTo`, to other Bot Framework channels: a person's notices)
 * through the Bot Connector REST API, with the care Teams asks for:
 * 429, 412, 502 and 504 (and lost connections) are retried with jittered exponential backoff,
 * a Retry-After header is honoured, and no conversation gets more than 7 messages a second.
 * Every attempt, retries included, takes its place in the rate limit.
 */
export class PacedTeamsSender implements CoordinatorSender {
  private readonly limiter: SendPacer;
  private readonly http: ConnectorHttp;
  private readonly stopping = new AbortController();

  constructor(
    private readonly token: TokenSource,
    private readonly logger: Logger,
    private readonly policy: SendPolicy = defaultSendPolicy,
    private readonly clock: SenderClock = realClock,
    /** Shared slots when several instances send (PostgreSQL); this process's own otherwise. */
    slots?: SlotStore,
  ) {
    this.limiter = slots
      ? new SharedRateLimiter(slots, policy.perSecond, clock)
      : new ConversationRateLimiter(policy.perSecond, clock);
    this.http = new ConnectorHttp(policy.requestTimeoutMs);
  }

  /** Sends one activity to the conversation; resolves with the id Teams gave it. */
  send(reference: CoordinatorReference, activity: OutboundActivity): Promise<string> {
    return this.sendTo('msteams', reference, activity);
  }

  /**
   * Sends one activity to a conversation on another Bot Framework channel (a person's Teams chat,
   * or Web Chat through Azure's Direct Line), with the same retries and pacing.
   */
  async sendTo(channelId: string, reference: CoordinatorReference, activity: OutboundActivity): Promise<string> {
    const body = JSON.stringify(addressed(channelId, reference, activity));
    const url = activitiesUrl(reference.serviceUrl, reference.conversationId);
    return this.withRetries(reference, (token, gate) => this.http.post(url, body, token, gate));
  }

  /**
   * Replaces the activity Teams gave `activityId` in the coordinator's conversation with `activity`
   * (the connector's `updateActivity`: a PUT to that activity), with the same retries and pacing.
   */
  async update(reference: CoordinatorReference, activityId: string, activity: OutboundActivity): Promise<void> {
    const body = JSON.stringify({ ...addressed('msteams', reference, activity), id: activityId });
    const url = activitiesUrl(reference.serviceUrl, reference.conversationId, activityId);
    await this.withRetries(reference, (token, gate) => this.http.put(url, body, token, gate));
  }

  private async withRetries(
    reference: CoordinatorReference,
    request: (token: string | undefined, gate: WriteGate) => Promise<Attempt>,
  ): Promise<string> {
    // Whether any attempt ended otherwise than certainly untaken (it may have been delivered, or
    // was refused for good): only a send refused untaken every time is `NotSent`, to try again.
    let perhapsTaken = false;
    const outcome = await sendWithRetries(
      async () => {
        // The token first: fetching it between the slot and the send would let the two drift apart.
        const token = await this.token();
        const attempt = await this.limiter.paced(reference.conversationId, (gate) => request(token, gate));
        if (!attempt.ok && !attempt.unreached && !refusedUntaken.has(attempt.status)) perhapsTaken = true;
        return attempt;
      },
      { ...this.policy, transient: transientStatuses },
      this.clock,
      (retry) => this.logger.warn('teams_send_retry', retry),
      this.stopping.signal,
    );
    if (outcome.ok) return outcome.id;
    const fields = { status: outcome.status, attempts: outcome.attempts };
    if (outcome.stopping) this.logger.info('teams_send_left_for_next_start', fields);
    else this.logger.error('teams_send_failed', fields);
    if (!perhapsTaken) throw new NotSent(failureWords(outcome));
    throw new AppError('upstream_failed', failureWords(outcome));
  }

  /**
   * Tries no more once the process is stopping: waits between retries end at once and a failed
   * send throws, so its queue keeps it for the next start, instead of holding the stop for the
   * backoff (up to about 15 s). A send under way still finishes.
   */
  stopRetrying(): void {
    this.stopping.abort();
  }

  /** Closes kept-alive connections. */
  close(): void {
    this.http.close();
  }
}

/** `activity` addressed to the coordinator's conversation, as the connector takes it. */
function addressed(channelId: string, reference: CoordinatorReference, activity: OutboundActivity): object {
  const tenant = channelId === 'msteams' ? reference.tenantId : undefined;
  return {
    ...activity,
    channelId,
    from: { id: reference.botId },
    recipient: { id: reference.userId },
    conversation: { id: reference.conversationId, ...(tenant ? { tenantId: tenant } : {}) },
    ...(tenant ? { channelData: { tenant: { id: tenant } } } : {}),
  };
}

/** Why a send failed, for the error its queue records. */
function failureWords(outcome: Extract<SendOutcome, { ok: false }>): string {
  if (outcome.stopping) return 'Stopping: the message is left for the next start to send.';
  if (outcome.waitTooLong) return 'Teams asked us to wait longer than we hold a message.';
  return `Teams refused the message (HTTP ${outcome.status}).`;
}
