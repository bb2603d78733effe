import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import type { TurnsInFlight } from '../bot/turnsInFlight';
import type { Logger } from '../plan/logger';
import type { CareprepAdapter } from './botframework/careprepAdapter';

/** What every channel runs its turns with. */
export interface TurnDeps {
  adapter: CareprepAdapter;
  /** The bot's turn. */
  botTurn: (context: TurnContext) => Promise<void>;
  turnsInFlight: TurnsInFlight;
  logger: Logger;
}

/** A turn run, with the SDK's answer to it (replies for `expectReplies`, an invoke's answer); or why not. */
export type TurnResult =
  { ok: true; invoke: InvokeResponse | undefined } | { ok: false; failure: 'unauthorised' | 'failed' };

/** Runs one activity as a turn, authenticated by a header or by what the channel itself checked. */
export type RunTurn = (
  authorization: string | AuthenticateRequestResult,
  activity: Partial<Activity>,
) => Promise<TurnResult>;

// The SDK rethrows jsonwebtoken's own errors (a bad signature under a known key id) as they are.
const tokenErrorNames = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/** True when the request failed authentication, however the SDK reports it. */
function isAuthFailure(error: unknown): boolean {
  if (error instanceof AuthenticationError) return true;
  if (error instanceof Error && tokenErrorNames.has(error.name)) return true;
  return (error as { statusCode?: number } | null)?.statusCode === 401;
}

/** Half of a UTF-16 pair with no other half (a `\ud800` escape, an emoji cut in two): no character. */
const loneHalf = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * The activity with any half character taken out of its text (H325): JSON may carry one, and kept
 * it was said back as "�", stored in a name or an answer, and sent on to readers that refuse it.
 */
function wholeCharacters(activity: Partial<Activity>): Partial<Activity> {
  const { text } = activity;
  const whole = typeof text === 'string' ? text.replace(loneHalf, '') : text;
  return whole === text ? activity : { ...activity, text: whole };
}

/**
 * The one way a channel runs a turn: counted in flight (so a stop waits for it), through the
 * adapter's middleware and the bot, with a failure logged by name only and handed back as a
 * result for the channel to answer its caller in its own shape, never as an SDK message.
 */
export function turnRunner(deps: TurnDeps, channel: string): RunTurn {
  return async (authorization, activity) => {
    try {
      const invoke = await deps.turnsInFlight.track(() =>
        deps.adapter.runTurn(authorization, wholeCharacters(activity) as Activity, deps.botTurn),
      );
      return { ok: true, invoke };
    } catch (error) {
      if (isAuthFailure(error)) {
        deps.logger.warn('auth_rejected', { channel: activity.channelId ?? channel });
        return { ok: false, failure: 'unauthorised' };
      }
      deps.logger.error('turn_transport_failed', {
        channel: activity.channelId ?? channel,
        error: error instanceof Error ? error.name : 'unknown',
      });
      return { ok: false, failure: 'failed' };
    }
  };
}
