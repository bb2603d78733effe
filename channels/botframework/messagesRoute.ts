import type { Activity } from 'botbuilder';
import type { Channel } from '../channel';
import type { RunTurn } from '../turnRunner';
import { incomingActivitySchema } from './activitySchema';
import { isScreenOnly, withoutScreenOnly } from '../../bot/screenOnly';
import { messagesPath } from './tokenForm';
import { signedFirst, type ChannelKeys } from './signedFirst';

/**
 * `POST /api/messages`: the Bot Framework endpoint (Azure Bot Service, Teams, the SMS channel).
 * The body is checked before the SDK sees it; auth failures get 401 and anything else that goes
 * wrong a plain 500, never an SDK message or stack. With auth on, a token not signed for this bot is
 * answered 401 before the body is read (`signedFirst.ts`).
 */
export function botFrameworkChannel(deps: { runTurn: RunTurn; appId: string; keys: ChannelKeys }): Channel {
  return {
    name: 'botframework',
    keyedFirst: signedFirst(deps.appId, deps.keys),
    routes: (app) => {
      app.post(messagesPath, async (req, res) => {
        const parsed = incomingActivitySchema.safeParse(req.body);
        if (!parsed.success) {
          res.send(400, { error: 'BadRequest', message: 'The request is not a valid activity.' });
          return;
        }
        const activity = parsed.data as unknown as Activity;
        // Only the service marks a message as one only to screen (H320); a client's channelData may carry anything.
        if (isScreenOnly(activity.channelData))
          activity.channelData = withoutScreenOnly(activity.channelData as Record<string, unknown>);
        const result = await deps.runTurn(req.header('authorization') ?? '', activity);
        if (result.ok) res.send(result.invoke?.status ?? 200, result.invoke?.body ?? undefined);
        else if (result.failure === 'unauthorised')
          res.send(401, { error: 'Unauthorized', message: 'Not authorised.' });
        else res.send(500, { error: 'Internal', message: 'Something went wrong on our side.' });
      });
    },
  };
}
