import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, BotFrameworkAuthentication } from 'botframework-connector';

/**
 * CloudAdapter with its turn entry point made public, so each transport (Bot Framework HTTP,
 * the built-in Direct Line, the Twilio webhook) shapes its own HTTP response and errors while
 * every turn still runs through the same middleware and bot logic.
 */
export class CareprepAdapter extends CloudAdapter {
  constructor(auth: BotFrameworkAuthentication) {
    super(auth);
  }

  /** Authenticates (from a header, or a result the transport vouches for) and runs one turn. */
  runTurn(
    authorization: string | AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return typeof authorization === 'string'
      ? this.processActivity(authorization, activity, logic)
      : this.processActivity(authorization, activity, logic);
  }
}
