/**
 * Explorer 25b: a clinical system (or two) sending at the same moment. Two different values for
 * one test and time, posted together, were both answered 201 "added", and the record kept one:
 * the other was lost while its sender was told it was kept. A resend posted together with the
 * first was answered "added 0, duplicates 0", neither kept nor held.
 */
import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { apiKey, hba1c, invite, postObservations } from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';

describe('Explorer 25b: results posted at the same moment', () => {
  let running: RunningApp;
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(() => running.stop());

  for (const claimed of [false, true]) {
    describe(claimed ? 'after the person used their code' : 'before the person used their code', () => {
      async function invited(): Promise<{ id: string; code: string }> {
        const made = await invite(running);
        if (claimed) await new BotClient(running.baseUrl, { channelId: 'webchat' }).say(made.code);
        return made;
      }

      it('refuses one of two different values for the same test and time, and keeps the one it said it kept', async () => {
        const { id, code } = await invited();
        const answers = await Promise.all(
          [60, 61].map((value) => postObservations(running, id, hba1c(value, '2026-08-01T09:00:00Z'))),
        );

        expect(answers.map((a) => a.status).sort()).to.deep.equal([201, 400]);
        const kept = [60, 61][answers.findIndex((a) => a.status === 201)];
        if (!claimed) await new BotClient(running.baseUrl, { channelId: 'webchat' }).say(code);
        expect((await onlyRecord(running)).results.items.map((r) => r.value)).to.deep.equal([
          { kind: 'number', value: kept },
        ]);
      });

      it('answers each of five resends posted together as added or already held, and keeps one', async () => {
        const { id } = await invited();
        const answers = await Promise.all(
          [1, 2, 3, 4, 5].map(() => postObservations(running, id, hba1c(52, '2026-06-01T09:00:00Z'))),
        );

        for (const answer of answers) expect(Number(answer.body.added) + Number(answer.body.duplicates)).to.equal(1);
        expect(answers.filter((a) => a.body.added === 1)).to.have.length(1);
        expect(answers.every((a) => a.body.waiting === !claimed)).to.equal(true);
      });
    });
  }
});
