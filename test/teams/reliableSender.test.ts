import { expect } from 'chai';
import { silentLogger } from '../../bot/logger';
import { defaultSendPolicy, ReliableSender, retryAfter, type SendPolicy } from '../../bot/teams/reliableSender';
import { isAppError } from '../../plan/appError';
import type { CoordinatorReference } from '../../storage/coordinatorStore';
import { startFakeTeamsConnector, type FakeTeamsConnector } from './fakeTeamsConnector';

const noToken = (): Promise<undefined> => Promise.resolve(undefined);
const fast: SendPolicy = { ...defaultSendPolicy, baseDelayMs: 40, maxDelayMs: 400 };
const message = { type: 'message' as const, text: 'Plan from Sam' };

describe('Teams: reliable proactive sends', () => {
  let connector: FakeTeamsConnector;
  let reference: CoordinatorReference;

  beforeEach(async () => {
    connector = await startFakeTeamsConnector();
    reference = { serviceUrl: connector.serviceUrl, conversationId: 'a:coordinator-1', botId: 'bot', userId: '29:1' };
  });
  afterEach(() => connector.close());

  for (const status of [429, 412, 502, 504]) {
    it(`retries a ${status} and then delivers the message once`, async () => {
      connector.script([{ status }, { status }]);
      const id = await new ReliableSender(noToken, silentLogger, fast).send(reference, message);
      expect(id).to.match(/^sent-/);
      expect(connector.seen().map((s) => s.status)).to.deep.equal([status, status, 200]);
      expect(connector.delivered(reference.conversationId)).to.have.length(1);
    });
  }

  it('waits as long as Retry-After says before trying again', async () => {
    connector.script([{ status: 429, retryAfter: '1' }]);
    await new ReliableSender(noToken, silentLogger, fast).send(reference, message);
    const [first, second] = connector.seen();
    expect(second.at - first.at).to.be.at.least(990);
  });

  it('backs off with jitter, each wait between half and all of a doubling step', async () => {
    connector.script([{ status: 502 }, { status: 502 }, { status: 502 }]);
    await new ReliableSender(noToken, silentLogger, { ...fast, baseDelayMs: 100 }).send(reference, message);
    const times = connector.seen().map((s) => s.at);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    [100, 200, 400].forEach((step, i) => {
      expect(gaps[i], `wait ${i + 1}`).to.be.within(step / 2 - 5, step + 60);
    });
  });

  it('gives up after the last attempt with a typed error', async () => {
    connector.script(Array.from({ length: 10 }, () => ({ status: 504 })));
    const error: unknown = await new ReliableSender(noToken, silentLogger, { ...fast, maxAttempts: 3 })
      .send(reference, message)
      .catch((e: unknown) => e);
    expect(isAppError(error, 'upstream_failed')).to.equal(true);
    expect(connector.seen()).to.have.length(3);
  });

  it('does not retry a refusal that will not change (403)', async () => {
    connector.script([{ status: 403 }]);
    const error: unknown = await new ReliableSender(noToken, silentLogger, fast)
      .send(reference, message)
      .catch((e: unknown) => e);
    expect(isAppError(error, 'upstream_failed')).to.equal(true);
    expect(connector.seen()).to.have.length(1);
  });

  it('never sends more than 7 messages in any second to one conversation', async () => {
    const sender = new ReliableSender(noToken, silentLogger, fast);
    await Promise.all(Array.from({ length: 22 }, () => sender.send(reference, message)));
    const times = connector.seen().map((s) => s.at);
    expect(times).to.have.length(22);
    const busiest = Math.max(...times.map((start) => times.filter((t) => t >= start && t < start + 1000).length));
    expect(busiest, 'most sends arriving within any one second').to.be.at.most(7);
    const total = times[times.length - 1] - times[0];
    expect(total, 'all 22 sent at about the allowed pace, not slower').to.be.below(4000);
  });

  it('does not slow one conversation down for another', async () => {
    const sender = new ReliableSender(noToken, silentLogger, fast);
    const other = { ...reference, conversationId: 'a:coordinator-2' };
    const started = performance.now();
    await Promise.all([
      ...Array.from({ length: 7 }, () => sender.send(reference, message)),
      ...Array.from({ length: 7 }, () => sender.send(other, message)),
    ]);
    // Seven sends to one chat take about a second; shared pacing would take twice that.
    expect(performance.now() - started).to.be.below(1500);
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfter('2')).to.equal(2000);
    expect(retryAfter(new Date(10_000).toUTCString(), 4_000)).to.equal(6000);
    expect(retryAfter(null)).to.equal(undefined);
  });
});
