/**
 * "Delete my data" of a record never shared: the erasure and its `delete` audit entry are one
 * transaction, on sqlite and on PostgreSQL, so the entry exists exactly when the record is gone.
 * Before, the entry was written just after the erasure, apart: an audit write that failed (or a
 * process that died between the two) left an erasure with no entry, and the person was told
 * everything was deleted (H262).
 */
import { expect } from 'chai';
import { allText, type ChatClient } from '../support/botClient';
import { chatClient, startApp, type RunningApp } from '../support/startApp';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';

type Engine = 'sqlite' | 'postgres';

/** Makes every `delete` audit entry fail to be written, as a full disk would; undone by the returned function. */
async function refuseDeleteEntries(running: RunningApp, engine: Engine): Promise<() => Promise<void>> {
  const { db } = running.app;
  if (engine === 'sqlite') {
    await db.transaction(async (tx) => {
      await tx.run(
        "CREATE TRIGGER t26_refuse BEFORE INSERT ON audit_log WHEN NEW.action = 'delete' BEGIN SELECT RAISE(ABORT, 'disk full'); END",
      );
    });
    return () => db.transaction(async (tx) => void (await tx.run('DROP TRIGGER t26_refuse')));
  }
  await db.transaction(async (tx) => {
    await tx.run(
      "CREATE FUNCTION t26_refuse() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RAISE EXCEPTION ''disk full''; END'",
    );
    await tx.run(
      "CREATE TRIGGER t26_refuse BEFORE INSERT ON audit_log FOR EACH ROW WHEN (NEW.action = 'delete') EXECUTE FUNCTION t26_refuse()",
    );
  });
  return () =>
    db.transaction(async (tx) => {
      await tx.run('DROP TRIGGER t26_refuse ON audit_log');
      await tx.run('DROP FUNCTION t26_refuse()');
    });
}

const records = async (running: RunningApp): Promise<number> =>
  Number((await running.app.db.get('SELECT COUNT(*) AS n FROM records'))?.n ?? 0);

const deletions = async (running: RunningApp): Promise<number> =>
  Number((await running.app.db.get("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'delete'"))?.n ?? 0);

/** Someone who has begun, never shared anything. */
async function begun(running: RunningApp, channelId: 'webchat' | 'sms'): Promise<ChatClient> {
  const client = chatClient(running, { channelId });
  await client.say('hello');
  await client.say('me');
  expect(await records(running)).to.equal(1);
  return client;
}

for (const engine of ['sqlite', 'postgres'] as const) {
  describe(`"Delete my data" of a plan never shared keeps its audit entry with the erasure (${engine})`, function () {
    this.timeout(60_000);
    let running: RunningApp;
    let dropDatabase: (() => Promise<void>) | undefined;

    before(async function () {
      if (engine === 'postgres') await requirePostgres(this);
    });
    beforeEach(async () => {
      if (engine === 'sqlite') {
        running = await startApp();
        return;
      }
      const database = await tempPostgres();
      dropDatabase = () => database.drop();
      running = await startApp({ env: { CAREPREP_DATABASE_URL: database.url } });
    });
    afterEach(async () => {
      await running.stop();
      await dropDatabase?.().catch(() => undefined);
      dropDatabase = undefined;
    });

    it('erases the record with exactly one audit entry', async () => {
      const client = await begun(running, 'webchat');
      await client.say('delete my data');
      expect(allText(await client.say('yes'))).to.match(/I have deleted your data/);
      expect(await records(running)).to.equal(0);
      expect(await deletions(running)).to.equal(1);
    });

    for (const channelId of ['webchat', 'sms'] as const) {
      it(`erases nothing when its audit entry cannot be written, and says so (${channelId})`, async () => {
        const client = await begun(running, channelId);
        await client.say('delete my data');
        const mend = await refuseDeleteEntries(running, engine);
        const atYes = allText(await client.say(channelId === 'sms' ? 'YES' : 'yes'));
        await mend();

        expect(await records(running), 'still held').to.equal(1);
        expect(await deletions(running)).to.equal(0);
        expect(atYes).to.match(/have not deleted anything/);
        expect(atYes).not.to.match(/It is all deleted|I have deleted|may not have saved/);

        // A yes again, as the apology asks, once the log can be written: erased with its entry.
        expect(allText(await client.say(channelId === 'sms' ? 'YES' : 'yes'))).to.match(/I have deleted/);
        expect(await records(running)).to.equal(0);
        expect(await deletions(running)).to.equal(1);
      });
    }
  });
}
