import { expect } from 'chai';
import type { Database } from '../../storage/database';
import { allText, BotClient, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { personPersona, runPersona } from '../support/personas';
import { startApp, type RunningApp } from '../support/startApp';

/** The linkIds a persona's exchange answered where the bot may rightly write more than once. */
const sharingQuestions = new Set(['review.change', 'share.sections', 'share.consent']);

/** Refuses every write to a table (conversation state in `documents`, or `records`), as a broken table would. */
async function refuseWrites(db: Database, table: 'documents' | 'records'): Promise<void> {
  await db.transaction(async (tx) => {
    for (const event of ['INSERT', 'UPDATE'])
      await tx.run(`CREATE TRIGGER test_no_${event} BEFORE ${event} ON ${table} BEGIN SELECT RAISE(ABORT, 'no'); END`);
  });
}

describe('One durable commit per turn', function () {
  this.timeout(60_000);
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp();
    // The start-up retention sweep writes too: let it finish before counting.
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  afterEach(() => running.stop());

  it('stores each answer, the conversation state and the delivery in one commit', async () => {
    const client = new BotClient(running.baseUrl);
    const perTurn: { answered?: string; commits: number; writes: number; reads: number }[] = [];
    let answered: string | undefined;
    const run = await runPersona(async (text) => {
      const before = running.app.db.stats;
      const result = await client.say(text);
      const after = running.app.db.stats;
      perTurn.push({
        answered,
        commits: after.commits - before.commits,
        writes: after.writes - before.writes,
        reads: after.reads - before.reads,
      });
      answered = result.questions.at(-1)?.linkId;
      return result.replies;
    }, personPersona);

    expect(run.turns).to.be.greaterThan(20);
    const ordinary = perTurn.filter((turn) => !sharingQuestions.has(turn.answered ?? ''));
    expect(ordinary.map((turn) => turn.commits)).to.deep.equal(ordinary.map(() => 1));
    expect(ordinary.map((turn) => turn.writes)).to.deep.equal(ordinary.map(() => 1));
    const reads = perTurn.reduce((sum, turn) => sum + turn.reads, 0);
    // The delivery, the record and the conversation state, in one statement as the lock is taken.
    expect(reads / run.turns, 'reads per turn over a whole preparation').to.be.at.most(1.2);
    const commits = perTurn.reduce((sum, turn) => sum + turn.commits, 0);
    expect(commits / run.turns, 'commits per turn over a whole preparation').to.be.at.most(1.15);
  });

  it('stores nothing of a turn whose conversation state cannot be stored, and sends only the apology', async () => {
    const client = new BotClient(running.baseUrl);
    await sayAll(client, ['hello', '1']);
    await refuseWrites(running.app.db, 'documents');

    const result = await client.say('Sam');

    expect(result.questions, 'no next question').to.deep.equal([]);
    expect(allText(result)).to.match(/may not have saved your last answer/);
    const record = await onlyRecord(running);
    expect(record.answers['subject.name'], 'the answer was not stored without its state').to.equal(undefined);
  });

  it('still gives urgent help when a crisis turn cannot be stored', async () => {
    const client = new BotClient(running.baseUrl);
    await sayAll(client, ['hello', '1']);
    await refuseWrites(running.app.db, 'records');

    const result = await client.say('honestly i dont see the point anymore, everyone would be better off without me');

    const text = allText(result);
    expect(text).to.match(/999/);
    expect(text).to.match(/116 123/);
    expect(text).to.match(/may not have saved your last answer/);
  });
});
