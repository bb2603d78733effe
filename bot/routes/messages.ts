import type { Activity } from 'botbuilder';
import type { TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import { incomingActivitySchema } from '../activitySchema';
import type { CareprepAdapter } from '../careprepAdapter';
import type { Inflight } from '../inflight';
import type { Logger } from '../logger';
import type { RouteModule } from '../server';

// The SDK rethrows jsonwebtoken's own errors (a bad signature under a known key id) as they are.
const tokenErrorNames = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/** True when the request failed authentication, however the SDK reports it. */
function isAuthFailure(error: unknown): boolean {
  if (error instanceof AuthenticationError) return true;
  if (error instanceof Error && tokenErrorNames.has(error.name)) return true;
  return (error as { statusCode?: number } | null)?.statusCode === 401;
}

/**
 * `POST /api/messages`: the Bot Framework endpoint (Azure Bot Service, Teams, the SMS channel).
 * The body is checked before the SDK sees it; auth failures get 401 and anything else that goes
 * wrong a plain 500, never an SDK message or stack.
 */
export function messagesRoutes(deps: {
  adapter: CareprepAdapter;
  logic: (context: TurnContext) => Promise<void>;
  inflight: Inflight;
  logger: Logger;
}): RouteModule {
  return (app) => {
    app.post('/api/messages', async (req, res) => {
      const parsed = incomingActivitySchema.safeParse(req.body);
      if (!parsed.success) {
        res.send(400, { error: 'BadRequest', message: 'The request is not a valid activity.' });
        return;
      }
      const activity = parsed.data as unknown as Activity;
      const auth = req.header('authorization') ?? '';
      try {
        const invoke = await deps.inflight.track(() => deps.adapter.runTurn(auth, activity, deps.logic));
        res.send(invoke?.status ?? 200, invoke?.body ?? undefined);
      } catch (error) {
        if (isAuthFailure(error)) {
          deps.logger.warn('auth_rejected', { channel: activity.channelId });
          res.send(401, { error: 'Unauthorized', message: 'Not authorised.' });
          return;
        }
        deps.logger.error('turn_transport_failed', { channel: activity.channelId, error: (error as Error).name });
        res.send(500, { error: 'Internal', message: 'Something went wrong on our side.' });
      }
    });
  };
}
