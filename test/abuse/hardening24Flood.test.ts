import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';

/** Rows of a table in the app's database. */
async function rows(running: RunningApp, table: string): Promise<number> {
  const row = await running.app.db.get(`select count(*) as n from ${table}`);
  return Number(row?.n);
}

describe('Abuse (hardening 24): one Web Chat token floods its own conversation', function () {
  this.timeout(60_000);
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp();
  });
  afterEach(() => running.stop());

  it('runs some of 200 messages sent at once, refuses the rest with 429 and nothing kept, and says so once in the chat', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    const before = await rows(running, 'processed_activities');
    // Short enough that the stream keeps every activity until the page reads it (256 KB at most).
    const text = 'x'.repeat(200);
    const answers = await Promise.all(Array.from({ length: 200 }, () => dl.say(text)));
    const taken = answers.filter((answer) => answer.status === 200).length;
    const refused = answers.filter((answer) => answer.status === 429);
    // Turns run while the flood still arrives: the count depends on the machine, never near all 200.
    expect(taken).to.be.within(1, 100);
    expect(refused).to.have.length(200 - taken);
    for (const answer of refused) expect(Number(answer.retryAfter)).to.be.within(1, 5);
    // Each message run is remembered for a week (duplicate drop): the refused ones leave nothing.
    expect((await rows(running, 'processed_activities')) - before).to.be.at.most(2 * taken);
    const shown = await dl.poll();
    const notices = shown.filter(
      (activity) => activity.from.role === 'bot' && /send.+again/i.test(activity.text ?? ''),
    );
    expect(notices).to.have.length(1);
  });

  it('takes the same messages one after another, as a person sends them', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    for (let i = 0; i < 10; i++) expect((await dl.say(`message ${i}`)).status).to.equal(200);
  });
});
