import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { lastQuestionLinkId, personPersona, runPersona } from '../support/personas';
import { startApp, type RunningApp } from '../support/startApp';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';

/** The question a delivered activity asks, if any. */
function linkIdOf(activity: Record<string, unknown>): string | undefined {
  const careprep = (activity.channelData as { careprep?: { linkId?: string } } | undefined)?.careprep;
  return careprep?.linkId;
}

describe('Replies that never went out', function () {
  this.timeout(60_000);
  let running: RunningApp;
  let connector: FakeTeamsConnector;

  beforeEach(async () => {
    connector = await startFakeTeamsConnector();
    running = await startApp();
  });
  afterEach(async () => {
    await running.stop();
    await connector.close();
  });

  it('sends a committed turn its replies when the channel delivers it again, once', async () => {
    const client = new BotClient(running.baseUrl, { serviceUrl: connector.serviceUrl });
    const send = (fields: Record<string, unknown>) => client.post({ deliveryMode: 'normal', ...fields });
    await send({ text: 'hello' });
    const asked = connector.delivered(client.conversationId).map(linkIdOf).filter(Boolean);
    expect(asked, 'the welcome asks a first question').to.have.length.greaterThan(0);

    // The answer is stored, then the connector refuses every reply: the person sees nothing.
    connector.script([{ status: 403 }]);
    const answer = client.activity({ deliveryMode: 'normal', text: '1' });
    await client.postRaw(answer);
    const refused = connector.seen(client.conversationId).filter((request) => request.status === 403);
    expect(refused, 'the next question was refused').to.have.length(1);
    const lost = linkIdOf(refused[0].activity);
    expect(lost, 'what was lost asks the next question').to.be.a('string');
    const record = await onlyRecord(running);
    expect(Object.keys(record.answers), 'the answer was stored before the replies went out').to.have.length(1);

    // The channel delivers the same activity again: the question the person never saw goes out.
    const before = connector.delivered(client.conversationId).length;
    await client.postRaw(answer);
    const resent = connector.delivered(client.conversationId).slice(before);
    expect(resent.map(linkIdOf)).to.include(lost);
    expect(resent.map((activity) => activity.text)).to.include(refused[0].activity.text);

    // A third delivery finds them sent: nothing goes out twice, and nothing is answered twice.
    const after = connector.delivered(client.conversationId).length;
    await client.postRaw(answer);
    expect(connector.delivered(client.conversationId).length).to.equal(after);
    expect(Object.keys((await onlyRecord(running)).answers)).to.have.length(1);
  });
});

describe('Replies that never went out, on PostgreSQL', function () {
  this.timeout(60_000);
  let database: Awaited<ReturnType<typeof tempPostgres>> | undefined;
  let running: RunningApp | undefined;
  let connector: FakeTeamsConnector;

  beforeEach(async function setUp() {
    await requirePostgres(this);
    database = await tempPostgres();
    connector = await startFakeTeamsConnector();
    running = await startApp({ env: { CAREPREP_DATABASE_URL: database.url } });
  });
  afterEach(async () => {
    await running?.stop();
    await connector?.close();
    await database?.drop();
  });

  it('sends again only the texts of a split SMS reply that had not gone out, in the same parts', async () => {
    const client = new BotClient(running?.baseUrl ?? '', { channelId: 'sms', serviceUrl: connector.serviceUrl });
    const delivered = () => connector.delivered(client.conversationId);
    // The person goes as far as saying no to a third goal: the reply lists every topic, in parts.
    let asked: string | undefined;
    let listTurn: Record<string, unknown> | undefined;
    let before = 0;
    const stop = new Error('the list was asked for');
    await runPersona(async (text) => {
      const activity = client.activity({ deliveryMode: 'normal', text });
      before = delivered().length;
      if (asked === 'goal.another' && text === 'no') {
        // The connector takes two texts and refuses the third; the turn fails.
        connector.script([{ status: 200 }, { status: 200 }, { status: 403 }]);
        listTurn = activity;
        await client.postRaw(activity);
        throw stop;
      }
      await client.postRaw(activity);
      const replies = delivered().slice(before);
      asked = lastQuestionLinkId(replies);
      return replies;
    }, personPersona).catch((error: unknown) => {
      if (error !== stop) throw error;
    });
    if (!listTurn) throw new Error('the person never said no to another goal');
    const refused = connector.seen(client.conversationId).filter((request) => request.status === 403);
    expect(refused, 'the third text was refused').to.have.length(1);
    const taken = delivered().slice(before, before + 2);

    const beforeAgain = delivered().length;
    await client.postRaw(listTurn);
    const resent = delivered().slice(beforeAgain);
    expect(resent.map((activity) => activity.text).slice(0, 1)).to.deep.equal([refused[0].activity.text]);
    const texts = [...taken, ...resent].map((activity) => String(activity.text));
    expect(new Set(texts).size, 'no text twice').to.equal(texts.length);
    expect(texts.length, 'split in more than three texts').to.be.greaterThan(3);
    expect(lastQuestionLinkId(resent)).to.equal('topics.selected');
  });
});
