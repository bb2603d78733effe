import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import {
  AuthenticationConstants,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  MicrosoftAppCredentials,
} from 'botframework-connector';
import { CareprepAdapter } from '../../../channels/botframework/careprepAdapter';
import { ConnectorHttp, retryAfter } from '../../../channels/botframework/connectorHttp';
import { ReusingAuthentication } from '../../../channels/botframework/reusingAuthentication';
import type { RetryClock } from '../../../channels/botframework/connectorRetry';
import { silentLogger } from '../../../bot/logger';
import { activityUrl, replyPolicy, TurnReplyPoster } from '../../../channels/botframework/turnReplyPoster';
import { loadCatalogue } from '../../../content/catalogue';
import { loadPackLibrary } from '../../../content/packs/packLibrary';
import { createRenderer } from '../../../content/renderer';
import { isAppError } from '../../../plan/appError';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../teams/fakeTeamsConnector';

/** Records the waits asked of it and returns at once, so retry waits are checked, not timed. */
function fakeClock(): RetryClock & { waits: number[] } {
  const waits: number[] = [];
  return {
    waits,
    sleep: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
    random: () => 0.5,
  };
}

/** App credentials whose token comes from here: Azure AD cannot be reached from the tests. */
class FixedTokenCredentials extends MicrosoftAppCredentials {
  constructor(appId: string) {
    super(appId, 'unused-password');
  }
  override getToken(): Promise<string> {
    return Promise.resolve(`token-for-${this.appId}`);
  }
}

const teamsConversation = 'a:1T4u_gR9cQ;messageid=1700000000001';

/** What a turn's reply looks like once TurnContext has addressed it. */
function addressed(activity: Partial<Activity>, serviceUrl: string, channelId: string): Partial<Activity> {
  return {
    ...activity,
    channelId,
    serviceUrl,
    locale: 'en-GB',
    conversation: { id: teamsConversation, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: '28:careprep-bot', name: 'Careprep' },
    recipient: { id: '29:person-1', name: 'Sam', aadObjectId: '00000000-0000-0000-0000-000000000001' },
    replyToId: '1700000000001',
  };
}

/** Real replies as the renderer makes them: text, a question with buttons and a card, SMS text. */
function renderedReplies(serviceUrl: string): Partial<Activity>[] {
  const renderer = createRenderer(loadCatalogue());
  const library = loadPackLibrary();
  const replies: Partial<Activity>[] = [];
  for (const channelId of ['webchat', 'msteams', 'sms']) {
    replies.push(addressed(renderer.message('welcome.intro', {}, channelId), serviceUrl, channelId));
    for (const linkId of ['conditions', 'goal.1.importance', 'mood.down']) {
      const question = library.question(linkId.replace(/\.1\./, '.N.'));
      for (const activity of renderer.question(
        { linkId, question, carer: channelId === 'msteams', data: { name: 'Jean' }, preface: ['Part 2 of 6'] },
        channelId,
      )) {
        replies.push(addressed(activity, serviceUrl, channelId));
      }
    }
  }
  return replies;
}

describe('Replies to the Bot Connector', () => {
  let connector: FakeTeamsConnector;

  beforeEach(async () => {
    connector = await startFakeTeamsConnector();
  });
  afterEach(() => connector.close());

  /** Sends one short reply through `sender`, then closes it: the response, or what it threw. */
  async function sendThanks(sender: TurnReplyPoster): Promise<unknown> {
    try {
      const reply = addressed({ type: 'message', text: 'Thank you' }, connector.serviceUrl, 'webchat');
      return await sender.send(reply, new MicrosoftAppCredentials('', ''));
    } catch (error) {
      return error;
    } finally {
      sender.close();
    }
  }

  it("sends the same request as the SDK's client: the same URL and the same JSON", async () => {
    const sdk = new ConnectorClient(new MicrosoftAppCredentials('', ''), { baseUri: connector.serviceUrl });
    const sender = new TurnReplyPoster(silentLogger);
    const replies = renderedReplies(connector.serviceUrl);
    expect(replies.length).to.be.at.least(10);
    for (const reply of replies) {
      await sdk.conversations.replyToActivity(teamsConversation, String(reply.replyToId), structuredClone(reply));
      await sender.send(structuredClone(reply), new MicrosoftAppCredentials('', ''));
    }
    const { replyToId, ...unanswering } = replies[0];
    await sdk.conversations.sendToConversation(teamsConversation, structuredClone(unanswering));
    await sender.send(structuredClone(unanswering), new MicrosoftAppCredentials('', ''));
    sender.close();

    const seen = connector.seen();
    expect(seen).to.have.length(2 * (replies.length + 1));
    for (let i = 0; i < seen.length; i += 2) {
      expect(seen[i + 1].path, `path of reply ${i / 2}`).to.equal(seen[i].path);
      expect(seen[i + 1].activity, `body of reply ${i / 2}`).to.deep.equal(seen[i].activity);
    }
    expect(seen[0].path).to.equal(
      `/v3/conversations/${encodeURIComponent(teamsConversation)}/activities/${String(replyToId)}`,
    );
    expect(seen.at(-1)?.path).to.equal(`/v3/conversations/${encodeURIComponent(teamsConversation)}/activities`);
  });

  it('signs with the bot app credentials, and sends no token when there is no app id', async () => {
    const sender = new TurnReplyPoster(silentLogger);
    const reply = addressed({ type: 'message', text: 'Thank you' }, connector.serviceUrl, 'msteams');
    await sender.send(reply, new FixedTokenCredentials('app-1'));
    await sender.send(reply, new MicrosoftAppCredentials('', ''));
    await sender.send(reply, new FixedTokenCredentials(AuthenticationConstants.AnonymousSkillAppId));
    sender.close();
    expect(connector.seen().map((s) => s.authorization)).to.deep.equal([
      'Bearer token-for-app-1',
      undefined,
      undefined,
    ]);
  });

  it('resolves with the id the connector gave the reply', async () => {
    const response = await sendThanks(new TurnReplyPoster(silentLogger));
    expect(response)
      .to.have.property('id')
      .that.matches(/^sent-\d+$/);
  });

  for (const status of [408, 429, 500, 502, 503, 504]) {
    it(`retries a ${status} and delivers the reply once`, async () => {
      connector.script([{ status }, { status }]);
      const clock = fakeClock();
      const sender = new TurnReplyPoster(silentLogger, replyPolicy, clock);
      expect(await sendThanks(sender)).to.have.property('id');
      expect(connector.seen().map((s) => s.status)).to.deep.equal([status, status, 200]);
      expect(clock.waits).to.have.length(2);
    });
  }

  it('retries when the connection is lost before an answer', async () => {
    connector.script([{ status: 200, hangUp: true }]);
    const sender = new TurnReplyPoster(silentLogger, replyPolicy, fakeClock());
    expect(await sendThanks(sender)).to.have.property('id');
    expect(connector.seen().map((s) => s.status)).to.deep.equal([0, 200]);
  });

  it('waits as long as Retry-After says, and backs off by doubling steps otherwise', async () => {
    connector.script([{ status: 429, retryAfter: '2' }, { status: 503 }, { status: 503 }]);
    const clock = fakeClock();
    const sender = new TurnReplyPoster(silentLogger, replyPolicy, clock);
    expect(await sendThanks(sender)).to.have.property('id');
    // Retry-After first; then half of each doubling step for sure and half drawn (0.5 here).
    const step = replyPolicy.baseDelayMs;
    expect(clock.waits).to.deep.equal([2000, step * 2 * 0.75, step * 4 * 0.75]);
  });

  it('gives up after the last attempt with a typed error', async () => {
    connector.script(Array.from({ length: 10 }, () => ({ status: 500 })));
    const sender = new TurnReplyPoster(silentLogger, replyPolicy, fakeClock());
    const error = await sendThanks(sender);
    expect(isAppError(error, 'upstream_failed')).to.equal(true);
    expect(connector.seen()).to.have.length(replyPolicy.maxAttempts);
  });

  for (const status of [400, 401, 403, 404]) {
    it(`does not retry a ${status}, which will not change`, async () => {
      connector.script([{ status }]);
      const sender = new TurnReplyPoster(silentLogger, replyPolicy, fakeClock());
      const error = await sendThanks(sender);
      expect(isAppError(error, 'upstream_failed')).to.equal(true);
      expect(connector.seen()).to.have.length(1);
    });
  }

  it('fails at once, without waiting, when asked to wait longer than a reply is held', async () => {
    connector.script([{ status: 429, retryAfter: '3600' }]);
    const clock = fakeClock();
    const sender = new TurnReplyPoster(silentLogger, replyPolicy, clock);
    const error = await sendThanks(sender);
    expect(isAppError(error, 'upstream_failed')).to.equal(true);
    expect(clock.waits).to.deep.equal([]);
  });

  it('refuses a reply with nowhere to go', () => {
    expect(activityUrl({ type: 'message', text: 'hi' })).to.equal(undefined);
    expect(activityUrl({ serviceUrl: 'https://smba.example/amer/', conversation: { id: 'a:1' } } as Activity)).to.equal(
      'https://smba.example/amer/v3/conversations/a%3A1/activities',
    );
  });
});

describe('Connector HTTP', () => {
  let server: Server;
  let url: string;

  beforeEach(async () => {
    // Takes the request and never answers.
    server = createServer(() => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/conversations/c/activities`;
  });
  afterEach(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );

  it('gives up on an attempt the connector does not answer in time, as a lost one', async () => {
    const http = new ConnectorHttp(50);
    expect(await http.post(url, '{}', undefined)).to.deep.equal({ ok: false, status: 0 });
    http.close();
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfter('2')).to.equal(2000);
    expect(retryAfter(new Date(10_000).toUTCString(), 4_000)).to.equal(6000);
    expect(retryAfter(null)).to.equal(undefined);
  });

  it('reports an address it cannot use as a lost attempt rather than throwing', async () => {
    const http = new ConnectorHttp(50);
    expect(await http.post('not a url', '{}', undefined)).to.deep.equal({ ok: false, status: 0 });
    http.close();
  });
});

describe('The adapter sends a turn through TurnReplyPoster', () => {
  let connector: FakeTeamsConnector;

  beforeEach(async () => {
    connector = await startFakeTeamsConnector();
  });
  afterEach(() => connector.close());

  function incoming(): Activity {
    return {
      type: 'message',
      id: 'in-1',
      channelId: 'webchat',
      serviceUrl: connector.serviceUrl,
      conversation: { id: 'conversation-1' },
      from: { id: 'person-1' },
      recipient: { id: 'careprep-bot' },
      text: 'hello',
    } as Activity;
  }

  const botTurn = async (context: TurnContext): Promise<void> => {
    await context.sendActivities([
      { type: 'message', text: 'one' },
      { type: 'delay', value: 1 },
      { type: 'message', text: 'two' },
    ]);
  };

  it('in order, as replies to the message, with the SDK still handling a delay', async () => {
    const replies = new TurnReplyPoster(silentLogger);
    const adapter = new CareprepAdapter(
      new ReusingAuthentication(new ConfigurationBotFrameworkAuthentication({})),
      replies,
    );
    await adapter.runTurn('', incoming(), botTurn);
    replies.close();
    const seen = connector.seen('conversation-1');
    expect(seen.map((s) => s.activity.text)).to.deep.equal(['one', 'two']);
    expect(seen.every((s) => s.path.endsWith('/activities/in-1'))).to.equal(true);
    // The SDK's client names its HTTP pipeline in User-Agent; ours does not, which tells the two apart.
    expect(seen.every((s) => !s.userAgent?.includes('core-rest-pipeline'))).to.equal(true);
  });

  it("leaves credentials it does not know to the SDK's client", async () => {
    const serviceUrl = connector.serviceUrl;
    class OtherCredentialsFactory extends ConnectorFactory {
      create(): Promise<ConnectorClient> {
        return Promise.resolve(
          new ConnectorClient({ signRequest: (request) => Promise.resolve(request) }, { baseUri: serviceUrl }),
        );
      }
    }
    const replies = new TurnReplyPoster(silentLogger);
    const adapter = new CareprepAdapter(
      new ReusingAuthentication(new ConfigurationBotFrameworkAuthentication({})),
      replies,
    );
    await adapter.runTurn(
      {
        audience: AuthenticationConstants.ToChannelFromBotOAuthScope,
        claimsIdentity: new ClaimsIdentity([], true),
        connectorFactory: new OtherCredentialsFactory(),
      },
      incoming(),
      botTurn,
    );
    replies.close();
    const seen = connector.seen('conversation-1');
    expect(seen.map((s) => s.activity.text)).to.deep.equal(['one', 'two']);
    expect(seen.every((s) => s.userAgent?.includes('core-rest-pipeline'))).to.equal(true);
  });
});
