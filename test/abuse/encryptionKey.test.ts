import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { Database } from '../../storage/database';
import { chatClient, startApp, startupRefusal } from '../support/startApp';
import { tempDir } from '../support/tempDb';

const keyA = randomBytes(32).toString('base64');
const keyB = randomBytes(32).toString('base64');

/** Runs the app on `dbPath` with `key`, says something, and stops it. */
async function chatOnce(dbPath: string, key: string, text: string): Promise<string[]> {
  const running = await startApp({ env: { CAREPREP_DB: dbPath, CAREPREP_ENCRYPTION_KEY: key } });
  try {
    const client = chatClient(running, { userId: 'user-key-check', conversationId: 'conv-key-check' });
    return (await client.say(text)).questions.map((q) => q.linkId);
  } finally {
    await running.stop();
  }
}

/** The service's variables for `dbPath` with `key` (undefined for none). */
const withKey = (dbPath: string, key: string | undefined): NodeJS.ProcessEnv => ({
  CAREPREP_DB: dbPath,
  ...(key ? { CAREPREP_ENCRYPTION_KEY: key } : {}),
});

describe('Abuse: the wrong encryption key', () => {
  it('refuses to start with another key or none, naming the variable, and starts again with the right one', async () => {
    const tmp = tempDir();
    try {
      const dbPath = tmp.file();
      await chatOnce(dbPath, keyA, 'hello');
      expect(await startupRefusal(withKey(dbPath, keyB))).to.match(
        /CAREPREP_ENCRYPTION_KEY: not the key this database was encrypted with/,
      );
      expect(await startupRefusal(withKey(dbPath, undefined))).to.match(
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
      expect(await startupRefusal(withKey(dbPath, keyB))).to.match(
        /CAREPREP_ENCRYPTION_KEY: not the key .* does not open/,
      );
      expect(await startupRefusal(withKey(dbPath, keyA))).to.equal('');
    } finally {
      tmp.cleanup();
    }
  });
});
