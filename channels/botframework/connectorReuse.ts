import {
  AuthenticationConstants,
  BotFrameworkAuthentication,
  ConnectorFactory,
  type AuthenticateRequestResult,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import type { Activity } from 'botbuilder';
import { LazyUserTokenClient } from './lazyUserTokenClient';

/** Enough for every Bot Framework region and channel; a bound, as service URLs come from requests. */
const maxClients = 64;

/**
 * The SDK builds a new ConnectorClient for every incoming activity: credentials, an HTTP
 * pipeline and its own connection pool, so every reply opened a fresh connection. This keeps
 * one client per (bot app id, audience, service URL), the oldest made first to go when
 * the bound is reached. A client that failed to build is not kept.
 */
export class ReusedConnectors extends ConnectorFactory {
  constructor(
    private readonly made: ConnectorFactory,
    private readonly appId: string,
    private readonly clients = new Map<string, Promise<ConnectorClient>>(),
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = JSON.stringify([this.appId, audience ?? '', serviceUrl]);
    const kept = this.clients.get(key);
    if (kept) return kept;
    const client = this.made.create(serviceUrl, audience);
    if (this.clients.size >= maxClients) {
      const oldest = this.clients.keys().next();
      if (!oldest.done) this.clients.delete(oldest.value);
    }
    this.clients.set(key, client);
    client.catch(() => this.clients.delete(key));
    return client;
  }
}

/**
 * Bot Framework authentication exactly as given, except for what it builds for every turn: the
 * connector factories it hands out reuse ConnectorClients across turns, and the user token
 * client is built only if something asks it for a token.
 */
export class ConnectorReuse extends BotFrameworkAuthentication {
  private readonly clients = new Map<string, Promise<ConnectorClient>>();

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateRequest(activity, authHeader));
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    return this.reusing(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.reuse(this.inner.createConnectorFactory(claimsIdentity), claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return Promise.resolve(new LazyUserTokenClient(() => this.inner.createUserTokenClient(claimsIdentity)));
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private reusing(result: AuthenticateRequestResult): AuthenticateRequestResult {
    const factory = result.connectorFactory;
    return factory ? { ...result, connectorFactory: this.reuse(factory, result.claimsIdentity) } : result;
  }

  /** The factory builds clients for the bot app id named by the claims' audience: part of the key. */
  private reuse(factory: ConnectorFactory, claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const appId = claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? '';
    return new ReusedConnectors(factory, appId, this.clients);
  }
}
