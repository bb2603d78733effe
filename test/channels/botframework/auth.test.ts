import { expect } from 'chai';
import { BotClient } from '../../support/botClient';
import {
  newSigningKey,
  serveOpenIdMetadata,
  signChannelToken,
  type OpenIdServer,
  type SigningKey,
} from '../../support/jwks';
import { startApp, type RunningApp } from '../../support/startApp';

const appId = '00000000-aaaa-bbbb-cccc-000000000001';
// The serviceUrl claim must match the activity's serviceUrl; nothing listens there because
// expectReplies returns the replies inline and the bot never calls back.
const serviceUrl = 'http://127.0.0.1:1/connector';

describe('Bot Framework auth with an app id set', function () {
  // RSA key generation and each app start take a moment on a 2-core machine, and far longer when
  // it is loaded (the start in beforeEach passed 10 s at load 20-30); the tests time nothing.
  this.timeout(60_000);

  let trusted: SigningKey;
  let openId: OpenIdServer;
  let running: RunningApp;

  before(async () => {
    trusted = newSigningKey('trusted-key');
    openId = await serveOpenIdMetadata([trusted], ['webchat', 'msteams']);
  });
  after(() => openId.close());

  beforeEach(async () => {
    running = await startApp({
      env: { MicrosoftAppId: appId, MicrosoftAppPassword: 'not-used-on-inbound' },
      overrides: {
        botAuth: {
          ToBotFromChannelOpenIdMetadataUrl: openId.metadataUrl,
          ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
          ToBotFromEmulatorOpenIdMetadataUrl: openId.metadataUrl,
          ToChannelFromBotLoginUrl: 'http://127.0.0.1:1/login',
          ToChannelFromBotOAuthScope: 'https://api.botframework.com',
          OAuthUrl: 'http://127.0.0.1:1',
          ValidateAuthority: false,
        },
      },
    });
  });
  afterEach(() => running.stop());

  function clientWith(authorization?: string): BotClient {
    return new BotClient(running.baseUrl, { serviceUrl, authorization });
  }

  const hourAgo = (): number => Math.floor(Date.now() / 1000) - 3600;

  it('refuses a request with no token with 401', async () => {
    const result = await clientWith().say('hello');
    expect(result.status).to.equal(401);
    expect(result.replies).to.deep.equal([]);
  });

  it('refuses a garbage token with 401', async () => {
    expect((await clientWith('Bearer not.a.jwt').say('hello')).status).to.equal(401);
    expect((await clientWith('Basic dXNlcjpwYXNz').say('hello')).status).to.equal(401);
  });

  it('refuses an expired token with 401', async () => {
    // Past the SDK's five-minute clock tolerance.
    const token = signChannelToken(trusted, {
      aud: appId,
      serviceurl: serviceUrl,
      exp: hourAgo(),
      iat: hourAgo() - 60,
      nbf: hourAgo() - 60,
    });
    expect((await clientWith(`Bearer ${token}`).say('hello')).status).to.equal(401);
  });

  it('refuses a token for another audience with 401', async () => {
    const token = signChannelToken(trusted, { aud: 'some-other-bot', serviceurl: serviceUrl });
    expect((await clientWith(`Bearer ${token}`).say('hello')).status).to.equal(401);
  });

  it('refuses a token from another issuer with 401', async () => {
    const token = signChannelToken(trusted, { aud: appId, serviceurl: serviceUrl, iss: 'https://sts.example.org/' });
    expect((await clientWith(`Bearer ${token}`).say('hello')).status).to.equal(401);
  });

  it('refuses a token signed with a key the metadata does not publish, under a published kid, with 401', async () => {
    const impostor = newSigningKey(trusted.kid);
    const token = signChannelToken(impostor, { aud: appId, serviceurl: serviceUrl });
    expect((await clientWith(`Bearer ${token}`).say('hello')).status).to.equal(401);
  });

  it('refuses a token signed with an unknown kid with 401', async () => {
    const token = signChannelToken(newSigningKey('unknown-key'), { aud: appId, serviceurl: serviceUrl });
    expect((await clientWith(`Bearer ${token}`).say('hello')).status).to.equal(401);
  });

  it('refuses a token whose serviceurl claim differs from the activity with 401', async () => {
    const token = signChannelToken(trusted, { aud: appId, serviceurl: 'http://127.0.0.1:2/elsewhere' });
    expect((await clientWith(`Bearer ${token}`).say('hello')).status).to.equal(401);
  });

  it('refuses a token whose key is not endorsed for the channel with 401', async () => {
    const token = signChannelToken(trusted, { aud: appId, serviceurl: serviceUrl });
    const result = await new BotClient(running.baseUrl, {
      serviceUrl,
      channelId: 'sms',
      authorization: `Bearer ${token}`,
    }).say('hello');
    expect(result.status).to.equal(401);
  });

  it('answers a valid token with 200 and the replies, so the refusals above can fail', async () => {
    const token = signChannelToken(trusted, { aud: appId, serviceurl: serviceUrl });
    const result = await clientWith(`Bearer ${token}`).say('hello');
    expect(result.status).to.equal(200);
    expect(result.questions.map((q) => q.linkId)).to.deep.equal(['respondent.type']);
    expect(openId.jwksFetches).to.be.greaterThan(0);
  });

  it('answers every 401 as JSON without SDK messages', async () => {
    const response = await fetch(`${running.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer x.y.z' },
      body: JSON.stringify(clientWith().activity({ text: 'hello' })),
    });
    expect(response.status).to.equal(401);
    expect(await response.json()).to.deep.equal({ error: 'Unauthorized', message: 'Not authorised.' });
  });
});
