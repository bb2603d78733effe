import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { createLogger } from '../../bot/logger';
import { BotClient } from '../support/botClient';
import { startApp, type RunningApp } from '../support/startApp';
import { unpackBody } from '../../storage/bodyPacking';

/** The one preparation record in a fresh database, as stored. */
async function storedRecord(running: RunningApp): Promise<{ id: string; answers: Record<string, unknown> }> {
  const rows = await running.app.db.all('SELECT body FROM records');
  expect(rows, 'one record in the database').to.have.length(1);
  return JSON.parse(unpackBody(String(rows[0].body))) as { id: string; answers: Record<string, unknown> };
}

describe('Turn pipeline', () => {
  let running: RunningApp;
  let client: BotClient;

  afterEach(() => running.stop());

  describe('duplicates and ordering', () => {
    beforeEach(async () => {
      running = await startApp();
      client = new BotClient(running.baseUrl);
      const greeting = await client.say('hello');
      expect(greeting.questions.map((q) => q.linkId)).to.deep.equal(['respondent.type']);
    });

    it('processes a redelivered activity once, answering the repeat with nothing', async () => {
      const id = randomUUID();
      const first = await client.say('1', { id });
      expect(first.questions.map((q) => q.linkId)).to.deep.equal(['subject.name']);

      const again = await client.say('1', { id });
      expect(again.status).to.equal(200);
      expect(again.replies).to.deep.equal([]);

      // Had the repeat run, "1" would have been taken as the name and this would answer the conditions.
      const next = await client.say('Sam');
      expect(next.questions.map((q) => q.linkId)).to.deep.equal(['conditions']);
      expect((await storedRecord(running)).answers['subject.name']).to.deep.include({ value: 'Sam' });
    });

    it('processes an activity delivered twice at once exactly once', async () => {
      const activity = client.activity({ text: '1' });
      const results = await Promise.all([client.postRaw(activity), client.postRaw(activity)]);
      expect(results.map((r) => r.status)).to.deep.equal([200, 200]);
      const answered = results.filter((r) => r.replies.length > 0);
      expect(answered, 'exactly one delivery answered').to.have.length(1);
      expect(answered[0].questions.map((q) => q.linkId)).to.deep.equal(['subject.name']);

      const next = await client.say('Sam');
      expect(next.questions.map((q) => q.linkId)).to.deep.equal(['conditions']);
      expect((await storedRecord(running)).answers['subject.name']).to.deep.include({ value: 'Sam' });
    });

    it('runs two messages of one conversation arriving together one after the other', async () => {
      // Both say "me", sent at the same moment: whichever runs first answers "who is answering"; the
      // second then reaches the name, a question it was sent before it could be seen (explore 22a),
      // so it is told so and not noted. Interleaved, both would answer the first question, and
      // neither would be told.
      const sent = new Date().toISOString();
      const results = await Promise.all([client.say('me', { timestamp: sent }), client.say('me', { timestamp: sent })]);
      expect(results.map((r) => r.status)).to.deep.equal([200, 200]);
      for (const result of results) expect(result.questions, 'one question per reply set').to.have.length(1);
      const asked = results.map((r) => r.questions[0].linkId);
      expect(asked).to.deep.equal(['subject.name', 'subject.name']);
      const told = results.filter((r) => r.replies.some((reply) => /before you could see/.test(reply.text ?? '')));
      expect(told, 'the second told it came in before the name was asked').to.have.length(1);

      const record = await storedRecord(running);
      expect(record.answers['respondent.type']).to.deep.include({ value: 'self' });
      expect(record.answers['subject.name']).to.equal(undefined);
    });

    it('keeps different conversations independent while they run side by side', async () => {
      const others = [new BotClient(running.baseUrl), new BotClient(running.baseUrl), new BotClient(running.baseUrl)];
      const greetings = await Promise.all(others.map((other) => other.say('hello')));
      for (const greeting of greetings)
        expect(greeting.questions.map((q) => q.linkId)).to.deep.equal(['respondent.type']);
    });
  });

  describe('errors inside a turn', () => {
    const lines: string[] = [];
    const name = 'Marigold Featherstone';

    beforeEach(async () => {
      lines.length = 0;
      running = await startApp({ logger: createLogger('debug', (line) => lines.push(line)) });
      client = new BotClient(running.baseUrl);
      await client.say('hello');
      await client.say('1');
    });

    /** Breaks the stored record so the next turn fails to load it; returns how to put it back. */
    async function corruptRecord(): Promise<() => Promise<void>> {
      const { id } = await storedRecord(running);
      const row = await running.app.db.get('SELECT body FROM records WHERE id = ?', [id]);
      const original = String(row?.body);
      await running.app.db.transaction((tx) =>
        tx.run('UPDATE records SET body = ? WHERE id = ?', [JSON.stringify({ version: 99 }), id]),
      );
      return async () => {
        await running.app.db.transaction((tx) => tx.run('UPDATE records SET body = ? WHERE id = ?', [original, id]));
      };
    }

    it('logs the failure through the logger, without the message text', async () => {
      await corruptRecord();
      await client.say(name);

      const failures = lines
        .map((line) => JSON.parse(line) as Record<string, unknown>)
        .filter((l) => l.event === 'turn_failed');
      expect(failures).to.have.length(1);
      expect(failures[0]).to.include({ level: 'error', channel: 'webchat', code: 'record_invalid' });
      expect(lines.join('\n')).to.not.contain('Marigold');
      expect(lines.join('\n')).to.not.contain('Featherstone');
    });

    it('sends the kind error.turn message and no question', async () => {
      await corruptRecord();
      const result = await client.say(name);
      expect(result.status).to.equal(200);
      expect(result.replies).to.have.length(1);
      expect(result.replies[0].text).to.equal(
        'Sorry, something went wrong on my side, so I may not have saved your last answer. Please send it again in a moment.',
      );
      expect(result.questions).to.deep.equal([]);
    });

    it('carries on at the same question once the fault has gone, and takes a redelivery of the failed message', async () => {
      const restore = await corruptRecord();
      const failed = client.activity({ text: name });
      await client.postRaw(failed);
      await restore();

      // The failed delivery was not remembered as processed, so the channel's retry goes through.
      const retried = await client.postRaw(failed);
      expect(retried.questions.map((q) => q.linkId)).to.deep.equal(['conditions']);
      expect((await storedRecord(running)).answers['subject.name']).to.deep.include({ value: name });
    });
  });
});
