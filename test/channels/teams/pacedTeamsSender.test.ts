import { expect } from 'chai';
import { silentLogger } from '../../../bot/logger';
import {
  defaultSendPolicy,
  PacedTeamsSender,
  type SendPolicy,
  type SenderClock,
} from '../../../channels/teams/pacedTeamsSender';
import { isAppError } from '../../../plan/appError';
import type { CoordinatorReference } from '../../../coordination/coordinatorStore';
import { busiestSecond, startFakeTeamsConnector, type FakeTeamsConnector } from './fakeTeamsConnector';

const noToken = (): Promise<undefined> => Promise.resolve(undefined);
const fast: SendPolicy = { ...defaultSendPolicy, baseDelayMs: 40, maxDelayMs: 400 };
const message = { type: 'message' as const, text: 'Plan from Sam' };

/**
 * A clock that records every wait asked of it and returns at once, so the policy's waits are
 * checked exactly rather than timed (a loaded machine makes real waits longer). Stopped at 0, or
 * moving on by each wait when `advancing`.
 */
function fakeClock(options: { draws?: number[]; advancing?: boolean } = {}): SenderClock & { waits: number[] } {
  const waits: number[] = [];
  let now = 0;
  return {
    waits,
    now: () => now,
    sleep: (ms) => {
      waits.push(ms);
      if (options.advancing) now += ms;
      return Promise.resolve();
    },
    random: () => options.draws?.shift() ?? 0.5,
  };
}

describe('Teams: reliable proactive sends', () => {
  let connector: FakeTeamsConnector;
  let reference: CoordinatorReference;

  beforeEach(async () => {
    connector = await startFakeTeamsConnector();
    reference = { serviceUrl: connector.serviceUrl, conversationId: 'a:coordinator-1', botId: 'bot', userId: '29:1' };
  });
  afterEach(() => connector.close());

  /**
   * Twelve messages to one conversation from one sender, all at once: any eight sent within a
   * second would break the limit, so twelve show it held with room to spare.
   */
  const sendTwelveAtOnce = async (): Promise<void> => {
    const sender = new PacedTeamsSender(noToken, silentLogger, fast);
    await Promise.all(Array.from({ length: 12 }, () => sender.send(reference, message)));
  };

  for (const status of [429, 412, 502, 504]) {
    it(`retries a ${status} and then delivers the message once`, async () => {
      connector.script([{ status }, { status }]);
      const id = await new PacedTeamsSender(noToken, silentLogger, fast).send(reference, message);
      expect(id).to.match(/^sent-/);
      expect(connector.seen().map((s) => s.status)).to.deep.equal([status, status, 200]);
      expect(connector.delivered(reference.conversationId)).to.have.length(1);
    });
  }

  it('waits as long as Retry-After says before trying again', async () => {
    connector.script([{ status: 429, retryAfter: '1' }]);
    await new PacedTeamsSender(noToken, silentLogger, fast).send(reference, message);
    const [first, second] = connector.seen();
    expect(second.at - first.at).to.be.at.least(990);
  });

  it('backs off with jitter, each wait between half and all of a doubling step', async () => {
    connector.script([{ status: 502 }, { status: 502 }, { status: 502 }]);
    // Time moves on by each wait, and the pacing gap (11 ms) is shorter than any backoff, so the
    // only waits are the backoffs.
    const clock = fakeClock({ draws: [0, 0.5, 0.999], advancing: true });
    const policy = { ...fast, baseDelayMs: 100, perSecond: 100 };
    await new PacedTeamsSender(noToken, silentLogger, policy, clock).send(reference, message);
    expect(connector.seen().map((s) => s.status)).to.deep.equal([502, 502, 502, 200]);
    expect(clock.waits).to.have.length(3);
    [100, 200, 400].forEach((step, i) => {
      expect(clock.waits[i], `wait ${i + 1}`).to.be.within(step / 2, step);
    });
    // Half the step for sure, the other half drawn at random.
    expect(clock.waits.slice(0, 2)).to.deep.equal([50, 150]);
    expect(clock.waits[2]).to.be.closeTo(399.8, 0.01);
  });

  it('gives up after the last attempt with a typed error', async () => {
    connector.script(Array.from({ length: 10 }, () => ({ status: 504 })));
    const error: unknown = await new PacedTeamsSender(noToken, silentLogger, { ...fast, maxAttempts: 3 })
      .send(reference, message)
      .catch((e: unknown) => e);
    expect(isAppError(error, 'upstream_failed')).to.equal(true);
    expect(connector.seen()).to.have.length(3);
  });

  it('stops waiting to retry once the process is stopping, and fails the send for its queue to keep', async () => {
    connector.script([{ status: 502 }, { status: 502 }]);
    // A backoff far longer than the test's timeout: only the stop can end the wait.
    const sender = new PacedTeamsSender(noToken, silentLogger, { ...fast, baseDelayMs: 600_000, maxDelayMs: 600_000 });
    const sent = sender.send(reference, message).catch((e: unknown) => e);
    while (connector.seen().length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    sender.stopRetrying();
    const error = await sent;
    expect(isAppError(error, 'upstream_failed'), String(error)).to.equal(true);
    expect(connector.seen().map((s) => s.status)).to.deep.equal([502]);
    expect(connector.delivered(reference.conversationId)).to.have.length(0);
  });

  it('does not retry a refusal that will not change (403)', async () => {
    connector.script([{ status: 403 }]);
    const error: unknown = await new PacedTeamsSender(noToken, silentLogger, fast)
      .send(reference, message)
      .catch((e: unknown) => e);
    expect(isAppError(error, 'upstream_failed')).to.equal(true);
    expect(connector.seen()).to.have.length(1);
  });

  it('never sends more than 7 messages in any second to one conversation', async () => {
    await sendTwelveAtOnce();
    const times = connector.seen().map((s) => s.at);
    expect(times).to.have.length(12);
    expect(busiestSecond(times), 'most sends arriving within any one second').to.be.at.most(7);
  });

  it('keeps to 7 messages a second when the process is held up between sends', async () => {
    // Each 600 ms spell spans three or four sends' turns, as a loaded instance's does.
    connector.stallAfter([2, 6, 10], 600);
    await sendTwelveAtOnce();
    const times = connector.seen().map((s) => s.at);
    expect(times).to.have.length(12);
    expect(busiestSecond(times), 'most sends arriving within any one second').to.be.at.most(7);
  });

  it('paces 22 sends at the allowed rate, not slower', async () => {
    const clock = fakeClock();
    const sender = new PacedTeamsSender(noToken, silentLogger, fast, clock);
    await Promise.all(Array.from({ length: 22 }, () => sender.send(reference, message)));
    // Three full windows of seven and one more send: about 3.3 seconds of waiting in all.
    expect(Math.max(...clock.waits), 'the last send waits').to.be.within(3000, 4000);
  });

  it('does not slow one conversation down for another', async () => {
    const alone = fakeClock();
    const one = new PacedTeamsSender(noToken, silentLogger, fast, alone);
    await Promise.all(Array.from({ length: 7 }, () => one.send(reference, message)));

    const together = fakeClock();
    const two = new PacedTeamsSender(noToken, silentLogger, fast, together);
    const other = { ...reference, conversationId: 'a:coordinator-2' };
    await Promise.all([
      ...Array.from({ length: 7 }, () => two.send(reference, message)),
      ...Array.from({ length: 7 }, () => two.send(other, message)),
    ]);
    // Shared pacing would make the last of fourteen wait about twice as long as the last of seven.
    expect(Math.max(...together.waits)).to.equal(Math.max(...alone.waits));
    expect(together.waits).to.have.length(2 * alone.waits.length);
  });
});
