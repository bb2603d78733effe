import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';
import { count, settles } from '../support/tableRows';
import { tempDir } from '../support/tempDb';

const hour = 3_600_000;

describe('Abuse: what abandoned conversations leave behind is purged', function () {
  this.timeout(30_000);

  it('purges empty records after CAREPREP_EMPTY_RECORD_HOURS and remembered deliveries after a week, keeping a person who answered', async () => {
    const tmp = tempDir();
    let now = Date.parse('2026-03-02T09:00:00Z');
    const start = (): Promise<RunningApp> =>
      startApp({
        env: { CAREPREP_DB: tmp.file(), CAREPREP_EMPTY_RECORD_HOURS: '24' },
        overrides: { clock: () => new Date(now) },
      });
    try {
      let running = await start();
      try {
        for (let i = 0; i < 5; i++) await (await DirectLine.start(running.baseUrl)).poll();
        const person = new BotClient(running.baseUrl);
        await person.say('hello');
        await person.say('Me, for myself');
        expect(await count(running.app.db, 'records')).to.equal(6);
        expect(await count(running.app.db, 'processed_activities')).to.be.greaterThan(0);
      } finally {
        await running.stop();
      }

      now += 23 * hour;
      running = await start();
      try {
        expect(await settles(running, 'records', 1), 'kept within the hours').to.equal(6);
      } finally {
        await running.stop();
      }

      now += 2 * hour;
      running = await start();
      try {
        expect(await settles(running, 'records', 1)).to.equal(1);
        expect(await count(running.app.db, 'identities')).to.equal(1);
        expect(await count(running.app.db, 'processed_activities')).to.be.greaterThan(0);
      } finally {
        await running.stop();
      }

      now += 7 * 24 * hour;
      running = await start();
      try {
        expect(await settles(running, 'processed_activities', 0)).to.equal(0);
        expect(await count(running.app.db, 'records')).to.equal(1);
      } finally {
        await running.stop();
      }
    } finally {
      tmp.cleanup();
    }
  });
});
