import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';
import { count, settles } from '../support/tableRows';
import { tempDir } from '../support/tempDb';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';

const minute = 60_000;

/**
 * Hardening 25b (H224): a conversation opened and never answered lost its record within the hour
 * (H222) but left its conversation state (30 days) and its delivery keys (7 days), about 860
 * bytes each. They now go with the record; a person who answered keeps their state and keys.
 */
for (const engine of ['sqlite', 'postgres'] as const) {
  describe(`Abuse (hardening 25b): what an unanswered conversation leaves behind (${engine})`, function () {
    this.timeout(60_000);
    if (engine === 'postgres')
      before(async function reachable() {
        await requirePostgres(this);
      });

    it('its state and delivery keys go with its record, while a person who answered keeps theirs', async () => {
      const tmp = tempDir();
      const made = engine === 'postgres' ? await tempPostgres({ migrated: true }) : undefined;
      let now = Date.parse('2026-03-02T09:00:00Z');
      const env = made ? { CAREPREP_DATABASE_URL: made.url } : { CAREPREP_DB: tmp.file() };
      const start = (): Promise<RunningApp> => startApp({ env, overrides: { clock: () => new Date(now) } });
      try {
        let running = await start();
        let person: BotClient;
        let asked: string | undefined;
        let personKeys: number;
        try {
          person = new BotClient(running.baseUrl);
          await person.say('hello');
          asked = (await person.say('Me, for myself')).questions.at(-1)?.linkId;
          personKeys = await count(running.app.db, 'processed_activities');
          expect(await count(running.app.db, 'documents')).to.equal(1);
          for (let i = 0; i < 5; i++) await (await DirectLine.start(running.baseUrl)).poll();
          expect(await count(running.app.db, 'records')).to.equal(6);
          expect(await count(running.app.db, 'documents')).to.equal(6);
        } finally {
          await running.stop();
        }

        now += 61 * minute;
        running = await start();
        try {
          expect(await settles(running, 'records', 1)).to.equal(1);
          expect(await settles(running, 'documents', 1), 'conversation states left').to.equal(1);
          expect(await count(running.app.db, 'processed_activities'), 'delivery keys left').to.equal(personKeys);
          const back = new BotClient(running.baseUrl, { conversationId: person.conversationId, userId: person.userId });
          const again = await back.say('hello again');
          expect(again.questions.at(-1)?.linkId, 'asked where they were, not from the start').to.equal(asked);
        } finally {
          await running.stop();
        }
      } finally {
        tmp.cleanup();
        await made?.drop().catch(() => undefined);
      }
    });
  });
}
