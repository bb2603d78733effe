import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { createApp } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { silentLogger } from '../../bot/logger';
import { isAppError } from '../../plan/appError';
import type { Database } from '../../storage/database';
import { identityKey } from '../../storage/identityStore';
import { SmsPhone } from '../channels/sms/smsPhone';
import { startApp, type RunningApp } from '../support/startApp';
import { tempDir } from '../support/tempDb';

const authToken = 'identity-test-token';
const publicUrl = 'https://careprep.example.org';
const sms = { TWILIO_AUTH_TOKEN: authToken, CAREPREP_PUBLIC_URL: publicUrl };

/** Every stored key that stands for a person: identities and SMS opt-outs. */
async function storedIdentities(db: Database): Promise<string[]> {
  const rows = [
    ...(await db.all('SELECT identity FROM identities')),
    ...(await db.all('SELECT identity FROM sms_opt_outs')),
  ];
  return rows.map((row) => String(row.identity));
}

describe('Abuse: who uses the service, from a copy of the database', function () {
  this.timeout(30_000);

  it('stores no phone identity a guesser can recompute: HMAC under a secret, not sha256 of the number', async () => {
    const running = await startApp({ env: { ...sms, CAREPREP_ENCRYPTION_KEY: randomBytes(32).toString('base64') } });
    try {
      const talker = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: '+447700900101' });
      const stopper = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: '+447700900102' });
      await talker.text('hello');
      await stopper.text('STOP');
      const stored = await storedIdentities(running.app.db);
      expect(stored).to.have.length(2);
      for (const number of [talker.from, stopper.from]) expect(stored).to.not.include(identityKey('sms', number));
      const keys = (await running.app.db.all('SELECT key FROM documents')).map((row) => String(row.key)).join(' ');
      expect(keys).to.not.include(identityKey('sms-conversation', talker.from));
    } finally {
      await running.stop();
    }
  });

  it('re-keys an unkeyed database at its first start with a key: people carry on where they were, opt-outs hold', async () => {
    const tmp = tempDir();
    const env = { ...sms, CAREPREP_DB: tmp.file() };
    let running: RunningApp | undefined;
    try {
      running = await startApp({ env });
      const talker = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: '+447700900201' });
      const stopper = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: '+447700900202' });
      await talker.text('hello');
      await talker.text('1');
      await stopper.text('STOP');
      expect(await storedIdentities(running.app.db)).to.include(identityKey('sms', talker.from));
      await running.stop();

      running = await startApp({ env: { ...env, CAREPREP_ENCRYPTION_KEY: randomBytes(32).toString('base64') } });
      const again = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: talker.from });
      const next = await again.text('Sam');
      // Found again: no second record, no welcome, the name taken as the answer it was.
      expect(next.messages.join(' ')).to.not.include("I'm Careprep");
      expect(Number((await running.app.db.get('SELECT COUNT(*) AS n FROM records'))?.n)).to.equal(1);
      const stored = await storedIdentities(running.app.db);
      expect(stored).to.have.length(2);
      expect(stored).to.not.include(identityKey('sms', talker.from));
      const silenced = new SmsPhone({ baseUrl: running.baseUrl, authToken, publicUrl, from: stopper.from });
      expect((await silenced.text('hello')).messages).to.deep.equal([]);
    } finally {
      await running?.stop();
      tmp.cleanup();
    }
  });

  it('refuses to start with another identity key, naming the variable', async () => {
    const tmp = tempDir();
    const base = { NODE_ENV: 'test', CAREPREP_DB: tmp.file() };
    try {
      const first = await createApp(
        loadConfig({ ...base, CAREPREP_IDENTITY_KEY: randomBytes(32).toString('base64') }),
        silentLogger,
      );
      await first.close();
      const error = await createApp(
        loadConfig({ ...base, CAREPREP_IDENTITY_KEY: randomBytes(32).toString('base64') }),
        silentLogger,
      ).then(
        async (app) => {
          await app.close();
          return null;
        },
        (e: unknown) => e,
      );
      expect(isAppError(error, 'config_invalid')).to.equal(true);
      expect((error as Error).message).to.match(/CAREPREP_IDENTITY_KEY: not the key/);
    } finally {
      tmp.cleanup();
    }
  });
});
