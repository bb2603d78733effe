import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { recordStatements } from '../support/pgStatements';
import { startApp, type RunningApp } from '../support/startApp';
import { TurnsWaiting, urgentReadingMs } from '../../channels/directline/turnsWaiting';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';

/** The read `urgentAtCap` starts with: which record a Web Chat user's id is tied to. */
const identityRead = /^SELECT record_id FROM identities/;

/**
 * Hardening 27 (H264's residual): at a conversation's cap on messages waiting (H195), every
 * message was read against the sender's stored record before it was refused (H264), so a flood
 * from one token cost a record read (and its decryption) for each message refused.
 */
describe('Abuse (hardening 27): a flood at the Direct Line cap', function () {
  this.timeout(60_000);
  let database: Awaited<ReturnType<typeof tempPostgres>> | undefined;
  let running: RunningApp | undefined;

  beforeEach(async function setUp() {
    await requirePostgres(this);
    database = await tempPostgres({ migrated: true });
    running = await startApp({ env: { CAREPREP_DATABASE_URL: database.url } });
    await new Promise((resolve) => setTimeout(resolve, 200));
  });
  afterEach(async () => {
    await running?.stop();
    await database?.drop();
  });

  it('reads the stored record about once for each turn run, not once for each message refused', async () => {
    const dl = await DirectLine.start(running?.baseUrl ?? '');
    await dl.poll();
    await dl.say('hello');
    await dl.poll();
    const recorded = recordStatements();
    let answers: Awaited<ReturnType<DirectLine['say']>>[];
    try {
      answers = await Promise.all(Array.from({ length: 200 }, (_, i) => dl.say(`just some words ${i}`)));
    } finally {
      recorded.stop();
    }
    const taken = answers.filter((answer) => answer.status === 200).length;
    const refused = answers.filter((answer) => answer.status === 429).length;
    const reads = recorded.texts.filter((text) => identityRead.test(text)).length;
    expect(refused).to.be.greaterThan(100);
    expect(reads).to.be.at.most(2 * taken + 2);
  });
});

describe('TurnsWaiting: one reading of the question waiting serves the messages at the cap', () => {
  it('reads once for many at the cap, still takes the urgent one, and reads again after a turn ends or a second', async () => {
    let now = 0;
    const waiting = new TurnsWaiting(2, 3, () => now);
    let reads = 0;
    const read = (): Promise<(text: string) => boolean> => {
      reads += 1;
      return Promise.resolve((text) => text === 'no');
    };
    expect(await Promise.all(['a', 'b'].map((text) => waiting.take('c', text, read)))).to.deep.equal([
      'admitted',
      'admitted',
    ]);
    expect(reads, 'no read below the cap').to.equal(0);
    const atCap = await Promise.all(['x', 'y', 'no', 'z'].map((text) => waiting.take('c', text, read)));
    expect(atCap).to.deep.equal(['refusedFirst', 'refused', 'admitted', 'refused']);
    expect(reads).to.equal(1);
    waiting.leave('c');
    await waiting.take('c', 'x', read);
    expect(reads, 'a turn ended: read again').to.equal(2);
    await waiting.take('c', 'x', read);
    expect(reads).to.equal(2);
    now += urgentReadingMs;
    await waiting.take('c', 'x', read);
    expect(reads, 'a second on: read again').to.equal(3);
    expect(await waiting.take('other', 'x', read)).to.equal('admitted');
  });
});
