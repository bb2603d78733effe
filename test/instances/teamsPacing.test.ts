import { expect } from 'chai';
import { silentLogger } from '../../bot/logger';
import { defaultSendPolicy, PacedTeamsSender } from '../../channels/teams/pacedTeamsSender';
import type { Database } from '../../storage/database';
import { openDatabase } from '../../storage/database';
import { SharedSendSlots } from '../../storage/sendSlots';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';

const noToken = (): Promise<undefined> => Promise.resolve(undefined);
const message = { type: 'message' as const, text: 'Plan from Sam' };

/** The most of `times` (ms) that fall within any one second. */
function busiest(times: readonly number[]): number {
  return Math.max(...times.map((start) => times.filter((t) => t >= start && t < start + 1000).length));
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

  it('sends at most 7 messages a second to one chat, whichever instances send them', async () => {
    const reference = { serviceUrl: connector.serviceUrl, conversationId: 'a:chat-1', botId: 'bot', userId: '29:1' };
    const senders = instances.map(
      (db) => new PacedTeamsSender(noToken, silentLogger, defaultSendPolicy, undefined, new SharedSendSlots(db)),
    );
    await Promise.all(senders.flatMap((sender) => Array.from({ length: 11 }, () => sender.send(reference, message))));
    const times = connector.seen().map((s) => s.at);
    expect(times).to.have.length(22);
    expect(busiest(times), 'most sends arriving within any one second').to.be.at.most(7);
    // Not much slower than the limit either: 22 sends 179 ms apart take about four seconds.
    expect(Math.max(...times) - Math.min(...times)).to.be.below(5000);
  });

  it('sends at most 7 messages a second to one chat while the instances are held up between sends', async () => {
    const reference = { serviceUrl: connector.serviceUrl, conversationId: 'a:chat-3', botId: 'bot', userId: '29:1' };
    connector.stallAfter([2, 6, 10, 14, 18], 600);
    const senders = instances.map(
      (db) => new PacedTeamsSender(noToken, silentLogger, defaultSendPolicy, undefined, new SharedSendSlots(db)),
    );
    await Promise.all(senders.flatMap((sender) => Array.from({ length: 11 }, () => sender.send(reference, message))));
    const times = connector.seen().map((s) => s.at);
    expect(times).to.have.length(22);
    expect(busiest(times), 'most sends arriving within any one second').to.be.at.most(7);
  });

  it('would send twice as fast to one chat if each instance paced only itself', async () => {
    const reference = { serviceUrl: connector.serviceUrl, conversationId: 'a:chat-2', botId: 'bot', userId: '29:1' };
    const senders = instances.map(() => new PacedTeamsSender(noToken, silentLogger, defaultSendPolicy));
    await Promise.all(senders.flatMap((sender) => Array.from({ length: 11 }, () => sender.send(reference, message))));
    expect(busiest(connector.seen().map((s) => s.at))).to.be.above(7);
  });
});
