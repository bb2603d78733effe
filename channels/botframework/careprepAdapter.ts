import {
  ActivityTypes,
  CloudAdapter,
  type Activity,
  type InvokeResponse,
  type ResourceResponse,
  type TurnContext,
} from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication, ConnectorClient } from 'botframework-connector';
import { replyHandoverOf } from '../../bot/pipeline/replyHandover';
import { TurnReplyPoster } from './turnReplyPoster';

/** Activities the SDK handles itself rather than posting: waits, invoke answers, traces. */
const handledBySdk: ReadonlySet<string> = new Set(['delay', ActivityTypes.InvokeResponse, ActivityTypes.Trace]);

/**
 * CloudAdapter with its turn entry point made public, so each transport (Bot Framework HTTP,
 * the built-in Direct Line, the Twilio webhook) shapes its own HTTP response and errors while
 * every turn still runs through the same middleware and bot logic. The turn's messages go out
 * through `TurnReplyPoster`, signed with the credentials the SDK chose for the turn.
 */
export class CareprepAdapter extends CloudAdapter {
  constructor(
    auth: BotFrameworkAuthentication,
    private readonly replies: TurnReplyPoster,
  ) {
    super(auth);
  }

  /** Authenticates (from a header, or a result the transport vouches for) and runs one turn. */
  runTurn(
    authorization: string | AuthenticateRequestResult,
    activity: Activity,
    botTurn: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return typeof authorization === 'string'
      ? this.processActivity(authorization, activity, botTurn)
      : this.processActivity(authorization, activity, botTurn);
  }

  /**
   * Sends in order, one at a time, as the SDK does: a person must read the messages in the order
   * sent. While the turn counts its sends (`ReplyHandover`), each one is reported as it leaves.
   */
  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const credentials = context.turnState.get<ConnectorClient | undefined>(this.ConnectorClientKey)?.credentials;
    const handover = replyHandoverOf(context);
    const signs = TurnReplyPoster.canSign(credentials);
    if (activities.length === 0 || (!signs && !handover)) return super.sendActivities(context, activities);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const notes = await handover?.next();
      if (!signs || handledBySdk.has(activity.type ?? '')) {
        responses.push(...(await super.sendActivities(context, [activity])));
        // The SDK's client says nothing sooner: sent, as far as it can tell, once it answers.
        notes?.written();
        continue;
      }
      delete activity.id;
      responses.push(await this.replies.send(activity, credentials, notes));
    }
    return responses;
  }
}
