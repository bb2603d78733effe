import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { ReusingAuthentication } from '../../../channels/botframework/reusingAuthentication';
import { BotClient } from '../../support/botClient';
import { withApp } from '../../support/startApp';

/** A Bot Connector (and token service) on loopback that answers every request and lists them. */
async function startConnector(): Promise<{ url: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method ?? ''} ${req.url ?? ''}`);
    req.resume();
    req.on('end', () => {
      const body = req.url?.includes('GetTokenStatus') ? '[{"connectionName":"graph","hasToken":false}]' : '{"id":"1"}';
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function activity(serviceUrl: string): Activity {
  return {
    type: 'message',
    id: 'a1',
    channelId: 'webchat',
    serviceUrl,
    conversation: { id: 'c1' },
    from: { id: 'u1' },
    recipient: { id: 'careprep-bot' },
    text: 'hi',
  } as Activity;
}

describe('Connector client reuse', () => {
  it('is what the app authenticates with, and replies of successive turns still arrive', async () => {
    const connector = await startConnector();
    try {
      await withApp(async (running) => {
        const adapter = running.app.adapter as unknown as { botFrameworkAuthentication: unknown };
        expect(adapter.botFrameworkAuthentication).to.be.instanceOf(ReusingAuthentication);
        const client = new BotClient(running.baseUrl, { serviceUrl: connector.url });
        for (const text of ['hi', '1', 'Sam']) {
          expect((await client.post({ text, deliveryMode: 'normal' })).status).to.equal(200);
        }
        const replies = connector.requests.filter((r) => r.startsWith('POST /v3/conversations/'));
        expect(replies).to.have.length.of.at.least(3);
      });
    } finally {
      await connector.close();
    }
  });

  it('keeps one client per service URL, and forgets the oldest past its bound', async () => {
    const auth = new ReusingAuthentication(new ConfigurationBotFrameworkAuthentication({}));
    const clientFor = async (url: string) =>
      (await auth.authenticateRequest(activity(url), '')).connectorFactory?.create(url, undefined);
    const first = await clientFor('http://127.0.0.1:1/');
    expect(await clientFor('http://127.0.0.1:1/')).to.equal(first);
    expect(await clientFor('http://127.0.0.1:2/')).not.to.equal(first);
    for (let port = 3; port <= 70; port++) await clientFor(`http://127.0.0.1:${port}/`);
    expect(await clientFor('http://127.0.0.1:1/')).not.to.equal(first);
  });

  it('builds the user token client only when something asks it for a token', async () => {
    const tokenService = await startConnector();
    try {
      const real = new ConfigurationBotFrameworkAuthentication({ OAuthUrl: tokenService.url });
      let built = 0;
      const build = real.createUserTokenClient.bind(real);
      real.createUserTokenClient = (claims) => {
        built += 1;
        return build(claims);
      };
      const auth = new ReusingAuthentication(real);
      const { claimsIdentity } = await auth.authenticateRequest(activity('http://127.0.0.1:1/'), '');
      const tokens = await auth.createUserTokenClient(claimsIdentity);
      expect(built).to.equal(0);
      const status = await tokens.getTokenStatus('u1', 'webchat', '');
      expect(built).to.equal(1);
      expect(status).to.deep.equal([{ connectionName: 'graph', hasToken: false }]);
      expect(tokenService.requests.some((r) => r.startsWith('GET /api/usertoken/GetTokenStatus'))).to.equal(true);
    } finally {
      await tokenService.close();
    }
  });
});
