import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';
import { count, settles } from '../support/tableRows';
import { tempDir } from '../support/tempDb';

const minute = 60_000;

/**
 * Hardening 25 (H222): a conversation opened and never answered kept its record, identity and
 * state for 24 hours (about 2.6 KB each; at the global 600 new conversations a minute, up to
 * ~2.3 GB). By default such a record now goes within the hour; a person who answered keeps all.
 */
describe('Abuse (hardening 25): conversations opened and never answered', function () {
  this.timeout(30_000);

  it('are purged within the hour by default, while a person who answered resumes days later', async () => {
    const tmp = tempDir();
    let now = Date.parse('2026-03-02T09:00:00Z');
    const file = tmp.file();
    const start = (): Promise<RunningApp> =>
      startApp({ env: { CAREPREP_DB: file }, overrides: { clock: () => new Date(now) } });
    let person = new BotClient('');
    let asked: string | undefined;
    try {
      let running = await start();
      try {
        for (let i = 0; i < 5; i++) await (await DirectLine.start(running.baseUrl)).poll();
        person = new BotClient(running.baseUrl);
        await person.say('hello');
        asked = (await person.say('Me, for myself')).questions.at(-1)?.linkId;
        expect(asked).to.be.a('string');
        expect(await count(running.app.db, 'records')).to.equal(6);
      } finally {
        await running.stop();
      }

      now += 61 * minute;
      running = await start();
      try {
        expect(await settles(running, 'records', 1)).to.equal(1);
        expect(await count(running.app.db, 'identities')).to.equal(1);
      } finally {
        await running.stop();
      }

      now += 5 * 24 * 60 * minute;
      running = await start();
      try {
        expect(await settles(running, 'records', 1)).to.equal(1);
        const back = new BotClient(running.baseUrl, { conversationId: person.conversationId, userId: person.userId });
        const again = await back.say('hello again');
        expect(again.questions.at(-1)?.linkId, 'asked where they were, not from the start').to.equal(asked);
      } finally {
        await running.stop();
      }
    } finally {
      tmp.cleanup();
    }
  });
});
