import { ConnectorFactory, type ConnectorClient } from 'botframework-connector';

/** Enough for every Bot Framework region and channel; a bound, as service URLs come from requests. */
const maxClients = 64;

/**
 * The SDK builds a new ConnectorClient for every incoming activity (credentials, an HTTP
 * pipeline and its own connection pool), so every reply would open a fresh connection. This
 * keeps one client per (bot app id, audience, service URL), the oldest made first to go when
 * the bound is reached. A client that failed to build is not kept.
 */
export class ReusingConnectorFactory extends ConnectorFactory {
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
