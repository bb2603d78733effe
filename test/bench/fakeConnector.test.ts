import { expect } from 'chai';
import { startFakeConnector, type FakeConnector } from '../../bench/fakeConnector';
import { BotClient } from '../support/botClient';
import { startApp, type RunningApp } from '../support/startApp';

describe('bench fake Bot Connector', () => {
  let connector: FakeConnector;
  let running: RunningApp;

  beforeEach(async () => {
    connector = await startFakeConnector();
    running = await startApp();
  });
  afterEach(async () => {
    await running.stop();
    await connector.close();
  });

  it('records the replies the bot sends to it with normal delivery, in reply to the incoming activity', async () => {
    const client = new BotClient(running.baseUrl, { serviceUrl: connector.serviceUrl });
    const activity = client.activity({ text: 'hi', deliveryMode: undefined });
    const posted = await client.postRaw(activity);

    expect(posted.status).to.be.within(200, 299);
    const replies = connector.replies(client.conversationId);
    expect(replies).to.not.be.empty;
    expect(replies.every((reply) => reply.replyToId === activity.id)).to.equal(true);
    expect(replies.at(-1)?.activity).to.have.nested.property('channelData.careprep.linkId', 'respondent.type');
  });

  it('answers a sendToConversation post with an id, as the real service does', async () => {
    const response = await fetch(`${connector.serviceUrl}/v3/conversations/a%2Fb/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'hello' }),
    });

    expect(response.status).to.equal(200);
    expect(await response.json())
      .to.have.property('id')
      .that.is.a('string');
    expect(connector.replies('a/b')).to.have.length(1);
  });
});
