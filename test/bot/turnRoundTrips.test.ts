import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { recordStatements } from '../support/pgStatements';
import { personPersona, runPersona } from '../support/personas';
import { startApp, type RunningApp } from '../support/startApp';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';

/** A note of how many of a turn's replies have been handed to the connector: one per reply. */
const handoverNote = /^UPDATE processed_activities SET handed_over/;

describe('Round trips to PostgreSQL per turn', function () {
  this.timeout(60_000);
  let database: Awaited<ReturnType<typeof tempPostgres>> | undefined;
  let running: RunningApp | undefined;
  let connector: FakeTeamsConnector;

  beforeEach(async function setUp() {
    await requirePostgres(this);
    database = await tempPostgres({ migrated: true });
    connector = await startFakeTeamsConnector();
    running = await startApp({ env: { CAREPREP_DATABASE_URL: database.url } });
    // The start-up retention sweep runs statements too: let it finish before counting.
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  afterEach(async () => {
    await running?.stop();
    await connector?.close();
    await database?.drop();
  });

  it('takes the lock with the reads, commits in one statement, notes each reply and lets go', async () => {
    const client = new BotClient(running?.baseUrl ?? '', { serviceUrl: connector.serviceUrl });
    const delivered = () => connector.delivered(client.conversationId);
    const recorded = recordStatements();
    const perTurn: string[][] = [];
    let turns: number;
    try {
      // Replies go to the connector, as Azure Bot Service has them, so each is noted as it goes.
      turns = (
        await runPersona(async (text) => {
          const before = delivered().length;
          const from = recorded.texts.length;
          await client.say(text, { deliveryMode: 'normal' });
          // The lock is let go without holding up the response: wait for it to be counted here.
          await new Promise((resolve) => setTimeout(resolve, 20));
          perTurn.push(recorded.texts.slice(from));
          return delivered().slice(before);
        }, personPersona)
      ).turns;
    } finally {
      recorded.stop();
    }

    expect(turns).to.be.greaterThan(20);
    const all = perTurn.flat();
    const notes = all.filter((text) => handoverNote.test(text)).length;
    expect(notes, 'a note per reply sent').to.be.at.least(turns);
    // Each turn: the lock with its reads, one commit, the release; and a note per reply. Turns
    // that write elsewhere first (sharing the plan, its audit entry) make a few more.
    expect((all.length - notes) / turns, 'statements a turn besides the notes').to.be.at.most(3.3);
    expect(all.length / turns, 'statements a turn over a whole preparation').to.be.at.most(4.5);
  });
});
