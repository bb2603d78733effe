import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { BotClient } from '../support/botClient';
import { realProcessTestTimeoutMs } from '../support/serverProcess';
import { running, twoInstancesOnPostgres } from '../support/twoInstances';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';

/** What a delivered activity asks, or '-' when it asks nothing. */
function linkIdOf(activity: Record<string, unknown>): string {
  const careprep = (activity.channelData as { careprep?: { linkId?: string } } | undefined)?.careprep;
  return careprep?.linkId ?? '-';
}

/** Replies go to the connector, as Azure Bot Service has them, not back in the response. */
const normal = { deliveryMode: 'normal' };

describe('Two instances on one PostgreSQL database: a reply the connector took is never sent again (real processes)', function () {
  this.timeout(realProcessTestTimeoutMs);

  const servers = twoInstancesOnPostgres();
  let connector: FakeTeamsConnector;
  /** Kills A once the connector holds its reply and before it answers, as a crash while A waits for the answer. */
  const killA = async (): Promise<void> => {
    // A has nothing left to do but wait for the answer; the pause only makes sure it is waiting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    servers.a.child.kill('SIGKILL');
    await servers.a.exited;
  };
  const clients = () => {
    const ids = {
      conversationId: `conv-${randomUUID()}`,
      userId: `user-${randomUUID()}`,
      serviceUrl: connector.serviceUrl,
    };
    return { ids, atA: new BotClient(servers.a.baseUrl, ids), atB: new BotClient(servers.b.baseUrl, ids) };
  };
  const cutOff = (sent: Promise<unknown>): Promise<string> =>
    sent.then(
      () => 'answered',
      () => 'cut off',
    );

  before(async () => {
    connector = await startFakeTeamsConnector();
  });
  beforeEach(async () => {
    if (!running(servers.a)) servers.a = await servers.start();
  });
  after(async () => {
    await connector?.close();
  });

  it('sends the rest of a turn and not what went out, when its instance dies between two replies', async () => {
    const { ids, atA, atB } = clients();
    // 'hi' is answered with a welcome and then the first question: A dies once the welcome is taken.
    connector.script([{ status: 200, before: killA }]);
    const hello = atA.activity({ ...normal, text: 'hi' });
    expect(await cutOff(atA.postRaw(hello))).to.equal('cut off');

    const again = await atB.postRaw(hello);
    expect(again.status).to.equal(200);
    const told = connector.delivered(ids.conversationId);
    expect(told.map(linkIdOf)).to.deep.equal(['-', 'respondent.type']);
    expect(new Set(told.map((activity) => activity.text)).size, 'no text twice').to.equal(2);
  });

  it('sends nothing again when its instance dies after the last reply went out, and carries on at the next question', async () => {
    const { ids, atA, atB } = clients();
    expect((await atA.post({ ...normal, text: 'hi' })).status).to.equal(200);
    const before = connector.delivered(ids.conversationId).length;

    connector.script([{ status: 200, before: killA }]);
    const answer = atA.activity({ ...normal, text: 'Me, for myself' });
    expect(await cutOff(atA.postRaw(answer))).to.equal('cut off');
    expect((await atB.postRaw(answer)).status).to.equal(200);
    expect(connector.delivered(ids.conversationId).slice(before).map(linkIdOf)).to.deep.equal(['subject.name']);

    // The answer was taken once: the next one answers the question the person saw.
    expect((await atB.post({ ...normal, text: 'Jean' })).status).to.equal(200);
    const asked = connector.delivered(ids.conversationId).slice(before).map(linkIdOf);
    expect(asked.filter((linkId) => linkId !== '-')).to.deep.equal(['subject.name', 'conditions']);
  });

  it('sends nothing again when a message answered in full comes again, at the other instance', async () => {
    const { ids, atA, atB } = clients();
    expect((await atA.post({ ...normal, text: 'hi' })).status).to.equal(200);
    const answer = atA.activity({ ...normal, text: 'Me, for myself' });
    expect((await atA.postRaw(answer)).status).to.equal(200);
    const before = connector.delivered(ids.conversationId).length;

    // A has let go of the conversation, with the turn's replies still kept and counted as sent.
    const logged = servers.b.stdout().length;
    expect((await atB.postRaw(answer)).status).to.equal(200);
    expect(connector.delivered(ids.conversationId).length).to.equal(before);
    const events = servers.b.stdout().slice(logged);
    expect(events, 'logged as dropped, not as sent again').to.contain('duplicate_dropped');
    expect(events).to.not.contain('duplicate_replies_resent');
  });

  it('sends a reply the connector refused when the message comes again, at the other instance', async () => {
    const { ids, atA, atB } = clients();
    expect((await atA.post({ ...normal, text: 'hi' })).status).to.equal(200);
    const before = connector.delivered(ids.conversationId).length;

    connector.script([{ status: 403 }]);
    const answer = atA.activity({ ...normal, text: 'Me, for myself' });
    await atA.postRaw(answer);
    const refused = connector.seen(ids.conversationId).filter((request) => request.status === 403);
    expect(refused.map((request) => linkIdOf(request.activity))).to.deep.equal(['subject.name']);

    expect((await atB.postRaw(answer)).status).to.equal(200);
    const delivered = connector.delivered(ids.conversationId).slice(before).map(linkIdOf);
    expect(delivered.filter((linkId) => linkId === 'subject.name')).to.have.length(1);
  });
});
