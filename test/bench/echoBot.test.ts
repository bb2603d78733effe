import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { startFakeConnector, type FakeConnector } from '../../bench/fakeConnector';
import { startBenchPeer, type BenchProcess } from '../../bench/benchProcesses';

describe('bench echo bot (the framework floor for --peer echo)', function () {
  this.timeout(30_000);
  let connector: FakeConnector;
  let echo: BenchProcess;

  before(async () => {
    connector = await startFakeConnector();
    echo = await startBenchPeer('echo');
  });
  after(async () => {
    await echo.stop();
    await connector.close();
  });

  it('answers each message with one reply through the Bot Connector, before its HTTP response', async () => {
    const conversationId = `echo-${randomUUID()}`;
    const activity = {
      type: 'message',
      id: randomUUID(),
      channelId: 'webchat',
      serviceUrl: connector.serviceUrl,
      conversation: { id: conversationId },
      from: { id: 'user-1' },
      recipient: { id: 'bot' },
      text: 'Seeing my grandchildren',
    };
    const response = await fetch(`${echo.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });

    expect(response.status).to.be.within(200, 299);
    const replies = connector.replies(conversationId);
    expect(replies).to.have.length(1);
    expect(replies[0].replyToId).to.equal(activity.id);
    expect(replies[0].activity.text).to.equal('echo: Seeing my grandchildren');
  });

  it('reports the CPU its process has used', () => {
    const cpu = echo.cpu();

    expect(cpu.processMs).to.be.greaterThan(0);
    expect(cpu.mainMs).to.be.greaterThan(0).and.at.most(cpu.processMs);
  });
});
