import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { Database } from '../../storage/database';
import { BotClient } from '../support/botClient';
import { realProcessTestTimeoutMs, startServerProcess } from '../support/serverProcess';
import { tempDir } from '../support/tempDb';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');

/** Runs the real service on `dbPath` with `key`, says something, and kills it. */
async function chatOnce(dbPath: string, key: string, text: string): Promise<string[]> {
  const server = await startServerProcess({ dbPath, env: { CAREPREP_ENCRYPTION_KEY: key } });
  try {
    const client = new BotClient(server.baseUrl, { userId: 'user-key-check', conversationId: 'conv-key-check' });
    return (await client.say(text)).questions.map((q) => q.linkId);
  } finally {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}

/** The start-up error of the real service with `key` (undefined for no key), or '' if it started. */
async function startError(dbPath: string, key: string | undefined): Promise<string> {
  try {
    const server = await startServerProcess({ dbPath, env: key ? { CAREPREP_ENCRYPTION_KEY: key } : {} });
    server.child.kill('SIGKILL');
    await server.exited;
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('Abuse: the wrong encryption key (real process)', function () {
  this.timeout(realProcessTestTimeoutMs);

  it('refuses to start with another key or none, naming the variable, and starts again with the right one', async () => {
    const tmp = tempDir();
    try {
      const dbPath = tmp.file();
      await chatOnce(dbPath, keyA, 'hello');
      expect(await startError(dbPath, keyB)).to.match(
        /CAREPREP_ENCRYPTION_KEY: not the key this database was encrypted with/,
      );
      expect(await startError(dbPath, undefined)).to.match(
        /CAREPREP_ENCRYPTION_KEY: not set, but this database is encrypted/,
      );
      expect(await chatOnce(dbPath, keyA, 'Me, for myself')).to.deep.equal(['subject.name']);
    } finally {
      tmp.cleanup();
    }
  });

  it('notices the wrong key on a database encrypted before key check values were stored', async () => {
    const tmp = tempDir();
    try {
      const dbPath = tmp.file();
      await chatOnce(dbPath, keyA, 'hello');
      const db = await Database.open(dbPath);
      await db.write('DELETE FROM settings');
      await db.close();
      expect(await startError(dbPath, keyB)).to.match(/CAREPREP_ENCRYPTION_KEY: not the key .* does not open/);
      expect(await startError(dbPath, keyA)).to.equal('');
    } finally {
      tmp.cleanup();
    }
  });
});
