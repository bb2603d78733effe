import { expect } from 'chai';
import { silentLogger } from '../../bot/logger';
import { defaultSendPolicy, PacedTeamsSender } from '../../channels/teams/pacedTeamsSender';
import { SharedRateLimiter, type SlotStore } from '../../channels/teams/sendPacing';
import { isAppError } from '../../plan/appError';
import type { CoordinatorReference } from '../../coordination/coordinatorStore';
import type { Database } from '../../storage/database';
import { openDatabase } from '../../storage/database';
import { SharedSendSlots } from '../../storage/sendSlots';
import { busiestSecond, startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';

const noToken = (): Promise<undefined> => Promise.resolve(undefined);
const message = { type: 'message' as const, text: 'Plan from Sam' };

const realClock = { now: () => performance.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) };
/** 1250 ms / 7, rounded up. */
const sharedGapMs = 179;

/** A chat's slots on `db`, whose answers reach the instance `lateMs` late when `late` says so. */
function slotsHeardLate(db: Database, late: (claim: number) => boolean, lateMs: number) {
  const slots = new SharedSendSlots(db);
  const released: { lease: number; gapMs: number }[] = [];
  let claims = 0;
  const store: SlotStore = {
    claim: async (conversationId, leaseMs, askAgainMs) => {
      const answer = await slots.claim(conversationId, leaseMs, askAgainMs);
      if ('lease' in answer && late(++claims)) await realClock.sleep(lateMs);
      return answer;
    },
    release: (conversationId, lease, gapMs) => {
      released.push({ lease, gapMs });
      return slots.release(conversationId, lease, gapMs);
    },
  };
  return { store, released };
}

describe('Teams pacing across two instances on one PostgreSQL database', function () {
  this.timeout(60_000);
  let database: Awaited<ReturnType<typeof tempPostgres>> | undefined;
  let instances: Database[] = [];
  let connector: FakeTeamsConnector;

  before(async function setUp() {
    await requirePostgres(this);
    database = await tempPostgres();
    const target = { url: database.url, path: '' };
    instances = await Promise.all([openDatabase(target), openDatabase(target)]);
  });
  beforeEach(async () => {
    connector = await startFakeTeamsConnector();
  });
  afterEach(() => connector.close());
  after(async () => {
    await Promise.all(instances.map((db) => db.close()));
    await database?.drop();
  });

  /** One sender per instance, pacing through the slots they share in the database. */
  const sharedSenders = (): PacedTeamsSender[] =>
    instances.map(
      (db) => new PacedTeamsSender(noToken, silentLogger, defaultSendPolicy, undefined, new SharedSendSlots(db)),
    );
  /**
   * Six messages from each sender to one chat, all at once: any eight sent within a second would
   * break the limit, so twelve show it held with room to spare.
   */
  const sendSixEach = async (senders: readonly PacedTeamsSender[], reference: CoordinatorReference): Promise<void> => {
    await Promise.all(senders.flatMap((sender) => Array.from({ length: 6 }, () => sender.send(reference, message))));
  };

  it('sends at most 7 messages a second to one chat, whichever instances send them', async () => {
    const reference = { serviceUrl: connector.serviceUrl, conversationId: 'a:chat-1', botId: 'bot', userId: '29:1' };
    await sendSixEach(sharedSenders(), reference);
    const times = connector.seen().map((s) => s.at);
    expect(times).to.have.length(12);
    expect(busiestSecond(times), 'most sends arriving within any one second').to.be.at.most(7);
    // Not much slower than the limit either: sends go about 179 ms apart. The middle gap, not the
    // whole span, so that a loaded machine's odd stall does not read as pacing too slow.
    const sorted = [...times].sort((a, b) => a - b);
    const gaps = sorted
      .slice(1)
      .map((at, i) => at - sorted[i])
      .sort((a, b) => a - b);
    expect(gaps[Math.floor(gaps.length / 2)], 'the middle gap between sends').to.be.below(400);
  });

  it('sends at most 7 messages a second to one chat while the instances are held up between sends', async () => {
    const reference = { serviceUrl: connector.serviceUrl, conversationId: 'a:chat-3', botId: 'bot', userId: '29:1' };
    // Both instances run in this process, so each 600 ms spell holds up both across three or
    // four sends' turns.
    connector.stallAfter([2, 6, 10], 600);
    await sendSixEach(sharedSenders(), reference);
    const times = connector.seen().map((s) => s.at);
    expect(times).to.have.length(12);
    expect(busiestSecond(times), 'most sends arriving within any one second').to.be.at.most(7);
  });

  it('keeps sends to one chat a gap apart when one instance hears back from the database late', async () => {
    // Every other lease reaches the first instance 600 ms late, as answers reach an instance
    // whose event loop is busy while the other's is not. The moment of each send is recorded
    // where it is made, so nothing but the pacing decides it.
    const late = slotsHeardLate(instances[0], (claim) => claim % 2 === 1, 600);
    const pacers = [late.store, new SharedSendSlots(instances[1])].map(
      (slots) => new SharedRateLimiter(slots, defaultSendPolicy.perSecond, realClock),
    );
    const sent: number[] = [];
    await Promise.all(
      pacers.flatMap((pacer) =>
        Array.from({ length: 6 }, () => pacer.paced('a:chat-4', (gate) => gate(() => sent.push(performance.now())))),
      ),
    );
    sent.sort((a, b) => a - b);
    const gaps = sent.slice(1).map((at, i) => at - sent[i]);
    expect(sent).to.have.length(12);
    // The server's clock counts whole milliseconds.
    expect(Math.min(...gaps), 'closest two sends, ms').to.be.at.least(sharedGapMs - 1);
  });

  it('gives a lease back unused when its answer comes too late to send inside it, and sends on the next', async () => {
    // A 400 ms lease leaves 221 ms to send in; the first answer takes 300 ms more to arrive.
    const late = slotsHeardLate(instances[0], (claim) => claim === 1, 300);
    const pacer = new SharedRateLimiter(late.store, defaultSendPolicy.perSecond, realClock, 1250, 400);
    let sends = 0;
    await pacer.paced('a:chat-5', (gate) => gate(() => (sends += 1)));
    expect(sends).to.equal(1);
    expect(late.released.map((r) => r.gapMs)).to.deep.equal([0, sharedGapMs]);
    expect(late.released[1].lease).to.be.above(late.released[0].lease);
  });

  it('fails a send whose slot cannot be claimed, and sends nothing', async () => {
    const reference = { serviceUrl: connector.serviceUrl, conversationId: 'a:chat-6', botId: 'bot', userId: '29:1' };
    const closed = await openDatabase({ url: database?.url, path: '' });
    await closed.close();
    const sender = new PacedTeamsSender(
      noToken,
      silentLogger,
      defaultSendPolicy,
      undefined,
      new SharedSendSlots(closed),
    );
    const error: unknown = await sender.send(reference, message).catch((e: unknown) => e);
    expect(isAppError(error, 'storage_closed')).to.equal(true);
    expect(connector.seen()).to.have.length(0);
  });

  it('would send twice as fast to one chat if each instance paced only itself', async () => {
    const reference = { serviceUrl: connector.serviceUrl, conversationId: 'a:chat-2', botId: 'bot', userId: '29:1' };
    await sendSixEach(
      instances.map(() => new PacedTeamsSender(noToken, silentLogger, defaultSendPolicy)),
      reference,
    );
    expect(busiestSecond(connector.seen().map((s) => s.at))).to.be.above(7);
  });
});
