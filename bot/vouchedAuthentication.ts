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

/**
 * Hands the adapter a ConnectorClient for this server's own connector endpoint. Credentials are
 * empty on purpose: the replies never leave the process's loopback, so no Azure token is needed
 * (and none could be had offline). One client per service URL keeps connections alive.
 */
class LocalConnectorFactory extends ConnectorFactory {
  private readonly clients = new Map<string, ConnectorClient>();
  private readonly agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  create(serviceUrl: string): Promise<ConnectorClient> {
    let client = this.clients.get(serviceUrl);
    if (!client) {
      client = new ConnectorClient(new MicrosoftAppCredentials('', ''), {
        baseUri: serviceUrl,
        agentSettings: this.agents,
      });
      this.clients.set(serviceUrl, client);
    }
    return Promise.resolve(client);
  }
}

/**
 * The authentication result for a turn that one of our own transports vouches for (the built-in
 * Direct Line checked its token, the SMS webhook checked Twilio's signature): the adapter runs
 * the turn as the bot, with the same claims as the SDK's own proactive helper, and any reply not
 * returned inline goes to the service URL on the activity, which is this server's own.
 */
export function vouchedAuthentication(botAppId: string, callerId?: string): AuthenticateRequestResult {
  return {
    audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
    callerId,
    claimsIdentity: new ClaimsIdentity([
      { type: AuthenticationConstants.AudienceClaim, value: botAppId },
      { type: AuthenticationConstants.AppIdClaim, value: botAppId },
    ]),
    connectorFactory: new LocalConnectorFactory(),
  };
}
