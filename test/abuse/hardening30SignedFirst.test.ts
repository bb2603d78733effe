import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { answerBeforeBody } from '../support/headersOnly';
import {
  newSigningKey,
  serveOpenIdMetadata,
  signChannelToken,
  type ChannelClaims,
  type OpenIdServer,
  type SigningKey,
} from '../support/jwks';
import { startApp, type RunningApp } from '../support/startApp';

const appId = '00000000-aaaa-bbbb-cccc-000000000030';
const serviceUrl = 'http://127.0.0.1:1/connector';
const hourAgo = (): number => Math.floor(Date.now() / 1000) - 3600;

/**
 * Hardening 30 (H18, H375): a forged Bot Framework token of the right form made `/api/messages` read
 * up to 1 MB (and hold a large body's place) before the SDK checked its signature. Its signature,
 * key id, times, issuer and audience are now checked from the headers, against the keys the channel
 * publishes (here a key set served on 127.0.0.1), before a byte of the body is read.
 */
describe('Abuse (hardening 30): a Bot Framework token is checked before its body is read', function () {
  this.timeout(60_000);

  let trusted: SigningKey;
  let openId: OpenIdServer;
  let running: RunningApp;

  before(async () => {
    trusted = newSigningKey('trusted-30');
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

  const signed = (claims: Partial<ChannelClaims> = {}, key: SigningKey = trusted): string =>
    `Bearer ${signChannelToken(key, { aud: appId, serviceurl: serviceUrl, ...claims })}`;

  const refusedUnread: ReadonlyArray<[string, () => string]> = [
    ['a token signed with another key under a published key id', () => signed({}, newSigningKey(trusted.kid))],
    ['a token under a key id nobody publishes', () => signed({}, newSigningKey('unknown-30'))],
    ['an expired token', () => signed({ exp: hourAgo(), iat: hourAgo() - 60, nbf: hourAgo() - 60 })],
    ['a token not yet valid', () => signed({ nbf: hourAgo() + 7200 + 3600 })],
    ['a token for another bot', () => signed({ aud: 'some-other-bot' })],
    ['a token from another issuer', () => signed({ iss: 'https://sts.example.org/' })],
    [
      "an emulator's token signed with an unpublished key",
      () =>
        signed(
          { iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/', ver: '1.0', appid: appId },
          newSigningKey(trusted.kid),
        ),
    ],
    ['a token with its payload changed after signing', () => tampered(signed())],
  ];
  for (const [what, header] of refusedUnread)
    it(`answers ${what} 401 before the body is sent`, async () => {
      expect(await answerBeforeBody(running.baseUrl, '/api/messages', { authorization: header() })).to.equal(401);
    });

  it('waits for the body of a token signed for this bot, and then answers it', async () => {
    expect(await answerBeforeBody(running.baseUrl, '/api/messages', { authorization: signed() }, 900_000, 3_000)).to.be
      .undefined;
    const result = await new BotClient(running.baseUrl, { serviceUrl, authorization: signed() }).say('hello');
    expect(result.status).to.equal(200);
    expect(result.questions.map((q) => q.linkId)).to.deep.equal(['respondent.type']);
  });

  it("keeps the SDK's own check after the body: a serviceurl claim for elsewhere is read, then 401", async () => {
    const header = signed({ serviceurl: 'http://127.0.0.1:2/elsewhere' });
    expect(await answerBeforeBody(running.baseUrl, '/api/messages', { authorization: header }, 900_000, 3_000)).to.be
      .undefined;
    expect((await new BotClient(running.baseUrl, { serviceUrl, authorization: header }).say('hello')).status).to.equal(
      401,
    );
  });

  it('fetches the key set at most once more for a flood of unknown key ids', async () => {
    await new BotClient(running.baseUrl, { serviceUrl, authorization: signed() }).say('hello');
    const before = openId.jwksFetches;
    const forged = Array.from({ length: 20 }, (_, n) => signed({}, newSigningKey(`unknown-${n}`)));
    const answers = await Promise.all(
      forged.map((header) => answerBeforeBody(running.baseUrl, '/api/messages', { authorization: header })),
    );
    expect(answers).to.deep.equal(forged.map(() => 401));
    expect(openId.jwksFetches - before).to.be.at.most(1);
  });
});

/** The token with its expiry moved a day on and the signature kept. */
function tampered(header: string): string {
  const [scheme, token] = header.split(' ');
  const [head, payload, signature] = (token ?? '').split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
  const changed = Buffer.from(JSON.stringify({ ...claims, exp: Number(claims.exp) + 86_400 })).toString('base64url');
  return `${scheme} ${head}.${changed}.${signature}`;
}
