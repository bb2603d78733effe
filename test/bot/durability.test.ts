import { expect } from 'chai';
import { Database } from '../../storage/database';
import { BotClient } from '../support/botClient';
import { getStatus, realProcessTestTimeoutMs, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { startApp } from '../support/startApp';
import { tempDir } from '../support/tempDb';
import { unpackBody } from '../../storage/bodyPacking';

/** The messages of the conversation; the process dies after the first three. */
const beforeKill = ['hello', '1', 'Sam'];
const afterKill = '1';

/** Posts each message in turn and returns the question each reply asked. */
async function drive(client: BotClient, messages: readonly string[]): Promise<string[]> {
  const asked: string[] = [];
  for (const text of messages) {
    const result = await client.say(text);
    expect(result.status, text).to.equal(200);
    expect(result.questions, `one question after "${text}"`).to.have.length(1);
    asked.push(result.questions[0].linkId);
  }
  return asked;
}

/** Reads the one stored record's answers straight from a closed file. */
async function storedAnswers(dbPath: string): Promise<Record<string, { value?: unknown }>> {
  const db = await Database.open(dbPath);
  try {
    expect(await db.get('PRAGMA integrity_check')).to.deep.equal({ integrity_check: 'ok' });
    const rows = await db.all('SELECT body FROM records');
    expect(rows).to.have.length(1);
    return (JSON.parse(unpackBody(String(rows[0].body))) as { answers: Record<string, { value?: unknown }> }).answers;
  } finally {
    await db.close();
  }
}

describe('Durability of the real server process', function () {
  this.timeout(realProcessTestTimeoutMs);

  const tmp = tempDir();
  let server: ServerProcess | undefined;

  afterEach(async () => {
    if (server && server.child.exitCode === null && server.child.signalCode === null) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    server = undefined;
  });
  after(() => tmp.cleanup());

  it('continues at the same question after a SIGKILL and a restart on the same file', async () => {
    // What an uninterrupted conversation asks, as the yardstick.
    const reference = await startApp();
    const expected = await drive(new BotClient(reference.baseUrl), [...beforeKill, afterKill]);
    await reference.stop();

    const dbPath = tmp.file('kill.sqlite');
    server = await startServerProcess({ dbPath });
    const ids = { conversationId: 'conv-durable', userId: 'user-durable' };
    const asked = await drive(new BotClient(server.baseUrl, ids), beforeKill);
    expect(asked).to.deep.equal(expected.slice(0, beforeKill.length));

    server.child.kill('SIGKILL');
    expect(await server.exited).to.deep.equal({ code: null, signal: 'SIGKILL' });

    server = await startServerProcess({ dbPath });
    const resumed = await drive(new BotClient(server.baseUrl, ids), [afterKill]);
    expect(resumed, 'the question after the one pending at the kill').to.deep.equal(expected.slice(beforeKill.length));
    expect(resumed[0]).to.not.equal(expected[0]);
  });

  it('on SIGTERM stops accepting, finishes the turn in flight, closes the database and exits 0', async () => {
    const dbPath = tmp.file('term.sqlite');
    server = await startServerProcess({ dbPath });
    const client = new BotClient(server.baseUrl);
    await drive(client, ['hello']);

    // Another writer holds the database's write lock, so the next turn is still running
    // (waiting to record its answer) when the signal arrives.
    const blocker = await Database.open(dbPath);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holding = blocker.transaction(async () => {
      locked();
      await held;
    });
    await lockTaken;

    const inFlight = client.say('1');
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));

    expect(server.child.exitCode, 'still finishing the turn').to.equal(null);
    const refused = await getStatus(`${server.baseUrl}/healthz`).then(
      (status) => `answered ${status}`,
      () => 'refused',
    );
    expect(refused, 'no new requests once stopping').to.equal('refused');

    release();
    await holding;
    await blocker.close();

    const finished = await inFlight;
    expect(finished.status).to.equal(200);
    expect(finished.questions.map((q) => q.linkId)).to.deep.equal(['subject.name']);
    expect(await server.exited).to.deep.equal({ code: 0, signal: null });
    expect(server.stdout()).to.contain('"event":"stopped"');

    const answers = await storedAnswers(dbPath);
    expect(answers['respondent.type']).to.deep.include({ value: 'self' });
  });
});
