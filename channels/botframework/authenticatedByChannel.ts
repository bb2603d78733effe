import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  MicrosoftAppCredentials,
  type AuthenticateRequestResult,
} from 'botframework-connector';
import { ReusingConnectorFactory } from './reusingConnectorFactory';

/**
 * Builds a ConnectorClient for this server's own connector endpoint. Credentials are empty on
 * purpose: the replies never leave the process's loopback, so no Azure token is needed (and none
 * could be had offline). Its connections are kept alive; `ReusingConnectorFactory` keeps the clients.
 */
class LocalConnectorFactory extends ConnectorFactory {
  private readonly agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  create(serviceUrl: string): Promise<ConnectorClient> {
    return Promise.resolve(
      new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: serviceUrl, agentSettings: this.agents }),
    );
  }
}

/**
 * The authentication result for a turn that one of our own transports vouches for (the built-in
 * Direct Line checked its token, the SMS webhook checked Twilio's signature): the adapter runs
 * the turn as the bot, with the same claims as the SDK's own proactive helper, and any reply not
 * returned inline goes to the service URL on the activity, which is this server's own.
 */
export function authenticatedByChannel(botAppId: string, callerId?: string): AuthenticateRequestResult {
  return {
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    callerId,
    claimsIdentity: new ClaimsIdentity([
      { type: AuthenticationConstants.AudienceClaim, value: botAppId },
      { type: AuthenticationConstants.AppIdClaim, value: botAppId },
    ]),
    connectorFactory: new ReusingConnectorFactory(new LocalConnectorFactory(), botAppId),
  };
}
