import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { startupRefusal } from '../support/startApp';
import { freePort, getStatus, realProcessTestTimeoutMs, startServerProcess } from '../support/serverProcess';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';

const password = 'hunter2-not-to-be-printed';

/** The start-up error of the real service with `url`, or '' if it started. */
async function startError(url: string): Promise<string> {
  try {
    const server = await startServerProcess({ dbPath: '', env: { CAREPREP_DATABASE_URL: url } });
    server.child.kill('SIGKILL');
    await server.exited;
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('PostgreSQL: start-up, /healthz and stopping (real process)', function () {
  this.timeout(realProcessTestTimeoutMs);

  before(async function reachable() {
    await requirePostgres(this);
  });

  it('refuses to start when the database cannot be reached, naming the variable and not the password', async () => {
    const unreachable = await startError(`postgres://careprep:${password}@127.0.0.1:${await freePort()}/careprep`);
    expect(unreachable).to.match(/CAREPREP_DATABASE_URL: cannot reach PostgreSQL at postgres:\/\/careprep:\*\*\*@/);
    expect(unreachable).to.not.contain(password);
  });

  // The same opening the process does at start-up, in this process: its refusal is what the
  // process prints before it exits, as the real start above shows.
  it('refuses a database that does not exist, or a URL that is not PostgreSQL, naming the variable and not the password', async () => {
    const missing = await startupRefusal({
      CAREPREP_DATABASE_URL: `postgres://postgres:${password}@127.0.0.1:5432/careprep_no_such_database`,
    });
    expect(missing).to.contain('CAREPREP_DATABASE_URL').and.to.contain('does not exist');
    expect(missing).to.not.contain(password);
    const malformed = await startupRefusal({
      CAREPREP_DATABASE_URL: `mysql://careprep:${password}@127.0.0.1/careprep`,
    });
    expect(malformed).to.contain('CAREPREP_DATABASE_URL: must be a postgres:// URL');
    expect(malformed).to.not.contain(password);
  });

  it('reports the database in /healthz, saves a turn there, and drains on SIGTERM', async () => {
    const database = await tempPostgres();
    try {
      const server = await startServerProcess({ dbPath: '', env: { CAREPREP_DATABASE_URL: database.url } });
      const health = await fetch(`${server.baseUrl}/healthz`);
      expect(await health.json()).to.deep.equal({ status: 'ok', database: { engine: 'postgres', ok: true } });
      const client = new BotClient(server.baseUrl);
      expect((await client.say('hello')).questions.map((q) => q.linkId)).to.deep.equal(['respondent.type']);
      const inFlight = client.say('Me, for myself');
      await new Promise((resolve) => setTimeout(resolve, 20));
      server.child.kill('SIGTERM');
      const finished = await inFlight;
      expect(finished.status).to.equal(200);
      expect(finished.questions.map((q) => q.linkId)).to.deep.equal(['subject.name']);
      expect(await server.exited).to.deep.equal({ code: 0, signal: null });
      await getStatus(`${server.baseUrl}/healthz`).then(
        () => expect.fail('a stopped instance answered'),
        () => undefined,
      );
    } finally {
      await database.drop();
    }
  });
});
