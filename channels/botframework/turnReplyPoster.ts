import { AppCredentials, AuthenticationConstants } from 'botframework-connector';
import type { Activity, ResourceResponse } from 'botbuilder';
import { AppError } from '../../plan/appError';
import { activitiesUrl, ConnectorHttp } from './connectorHttp';
import { realRetryClock, sendWithRetries, type RetryClock, type RetryPolicy } from './connectorRetry';
import type { Logger } from '../../plan/logger';
import type { ReplyNotes } from '../../bot/pipeline/replyHandover';

/**
 * As the SDK's own client retries: timeouts, throttling (Retry-After honoured) and server
 * trouble, three times more; a refusal that will not change (400, 401, 403, 404) at once.
 */
export const replyPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  transient: new Set([408, 412, 429, 500, 502, 503, 504]),
};

/** How long one attempt may wait for the connector before it counts as lost (and is retried). */
const attemptTimeoutMs = 15_000;

/**
 * Sends a turn's replies to the Bot Connector REST API (`replyToActivity`, or
 * `sendToConversation` when the activity answers nothing), signed with the credentials the
 * SDK chose for the turn. Used for every message the bot sends on a turn; the SDK's client
 * still does everything else (updates, deletes, members).
 */
export class TurnReplyPoster {
  private readonly http = new ConnectorHttp(attemptTimeoutMs);

  constructor(
    private readonly logger: Logger,
    private readonly policy: RetryPolicy = replyPolicy,
    private readonly clock: RetryClock = realRetryClock,
  ) {}

  /** Only the SDK's app credentials are understood here; any other kind goes through the SDK. */
  static canSign(credentials: unknown): credentials is AppCredentials {
    return credentials instanceof AppCredentials;
  }

  /**
   * Posts one activity; resolves with the id the connector gave it. `notes` hears of each attempt
   * as it is written to the connection, and of each that fails.
   */
  async send(activity: Partial<Activity>, credentials: AppCredentials, notes?: ReplyNotes): Promise<ResourceResponse> {
    const url = activityUrl(activity);
    if (!url) throw new AppError('upstream_failed', 'A reply had no service URL or conversation to go to.');
    const body = JSON.stringify(activity);
    const outcome = await sendWithRetries(
      async () => {
        const attempt = await this.http.post(url, body, await tokenFor(credentials), undefined, notes?.written);
        if (!attempt.ok) notes?.refused();
        return attempt;
      },
      this.policy,
      this.clock,
      (retry) => this.logger.warn('reply_retry', retry),
    );
    if (outcome.ok) return { id: outcome.id };
    this.logger.error('reply_failed', { status: outcome.status, attempts: outcome.attempts });
    throw new AppError('upstream_failed', `The connector refused a reply (HTTP ${outcome.status}).`);
  }

  /** Closes kept-alive connections. */
  close(): void {
    this.http.close();
  }
}

/** Where a reply goes, or undefined when it has no service URL or conversation. */
export function activityUrl(activity: Partial<Activity>): string | undefined {
  const conversationId = activity.conversation?.id;
  if (!activity.serviceUrl || !conversationId) return undefined;
  return activitiesUrl(activity.serviceUrl, conversationId, activity.replyToId);
}

/** As `AppCredentials.signRequest` decides: no token without an app id, or for an anonymous skill. */
function tokenFor(credentials: AppCredentials): Promise<string | undefined> {
  const signs = Boolean(credentials.appId) && credentials.appId !== AuthenticationConstants.AnonymousSkillAppId;
  return signs ? credentials.getToken() : Promise.resolve(undefined);
}
