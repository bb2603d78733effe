import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { BotClient, lastQuestion } from '../support/botClient';
import { realProcessTestTimeoutMs } from '../support/serverProcess';
import { startApp, startupRefusal } from '../support/startApp';
import { tempDir } from '../support/tempDb';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';
import { runScript, type ScriptRun } from '../support/scriptProcess';

/** Runs `npm run db:copy`'s script as a process; its JSON log lines, stderr and exit code. */
const runCopy = (env: NodeJS.ProcessEnv): Promise<ScriptRun> => runScript('dbCopy.ts', ['--batch', '2'], env);

describe('npm run db:copy: moving a sqlite deployment to PostgreSQL (the script as a process, the service in this one)', function () {
  this.timeout(realProcessTestTimeoutMs);

  before(async function reachable() {
    await requirePostgres(this);
  });

  it('copies everything, encrypted, so the service on PostgreSQL resumes each person where they were', async () => {
    const tmp = tempDir();
    const database = await tempPostgres();
    const keys = {
      CAREPREP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      CAREPREP_IDENTITY_KEY: randomBytes(32).toString('base64'),
    };
    const ids = { conversationId: 'conv-moving', userId: 'user-moving' };
    try {
      const onSqlite = await startApp({ env: { ...keys, CAREPREP_DB: tmp.file() } });
      const client = new BotClient(onSqlite.baseUrl, ids);
      for (const text of ['hi', 'me', 'Jean']) await client.say(text);
      const reference = new BotClient(onSqlite.baseUrl);
      for (const text of ['hi', 'me', 'Jean']) await reference.say(text);
      const expected = lastQuestion(await reference.say('diabetes'));
      await onSqlite.stop();

      const env = { ...keys, CAREPREP_DB: tmp.file(), CAREPREP_DATABASE_URL: database.url };
      const copy = await runCopy(env);
      expect(copy.code, copy.stderr).to.equal(0);
      const done = copy.lines.find((line) => line.event === 'copy_done');
      expect(done).to.include({ records: 2, identities: 2, documents: 2 });
      expect(Number(done?.processed_activities)).to.be.at.least(7);
      expect(copy.stderr).to.equal('');
      const again = await runCopy(env);
      expect(again.code).to.equal(1);
      expect(again.stderr).to.match(/CAREPREP_DATABASE_URL: its settings table is not empty/);

      const onPostgres = await startApp({ env: { ...keys, CAREPREP_DATABASE_URL: database.url } });
      try {
        const resumed = await new BotClient(onPostgres.baseUrl, ids).say('diabetes');
        expect(resumed.status).to.equal(200);
        expect(lastQuestion(resumed)).to.equal(expected);
      } finally {
        await onPostgres.stop();
      }
      const wrongKey = await startupRefusal({
        ...keys,
        CAREPREP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        CAREPREP_DATABASE_URL: database.url,
      });
      expect(wrongKey).to.contain('CAREPREP_ENCRYPTION_KEY: not the key');
    } finally {
      await database.drop();
      tmp.cleanup();
    }
  });
});
