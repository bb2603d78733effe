import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlStorage } from '../../storage/sqlStorage';
import { isAppError } from '../../plan/appError';
import { tempDir } from '../support/tempDb';

const secret = 'I want to walk my granddaughter to school';

function rawFiles(dir: string): string {
  return readdirSync(dir)
    .map((name) => readFileSync(join(dir, name)).toString('latin1'))
    .join('');
}

describe('Encryption at rest', () => {
  it('stores no answer in clear when a key is set', async () => {
    const tmp = tempDir();
    const db = await Database.open(tmp.file());
    try {
      await new SqlStorage(db, createSealer(randomBytes(32))).write({ a: { answer: secret } });
      await db.close();
      expect(rawFiles(tmp.dir)).to.not.include('granddaughter');
    } finally {
      tmp.cleanup();
    }
  });

  it('stores answers in clear without a key, so the test above can fail', async () => {
    const tmp = tempDir();
    const db = await Database.open(tmp.file());
    try {
      await new SqlStorage(db, createSealer(null)).write({ a: { answer: secret } });
      await db.close();
      expect(rawFiles(tmp.dir)).to.include('granddaughter');
    } finally {
      tmp.cleanup();
    }
  });

  it('reads back with the right key', async () => {
    const tmp = tempDir();
    const key = randomBytes(32);
    const db = await Database.open(tmp.file());
    try {
      await new SqlStorage(db, createSealer(key)).write({ a: { answer: secret } });
      expect((await new SqlStorage(db, createSealer(key)).read(['a'])).a.answer).to.equal(secret);
    } finally {
      await db.close();
      tmp.cleanup();
    }
  });

  it('fails loudly with a wrong key, never returning garbage', async () => {
    const tmp = tempDir();
    const db = await Database.open(tmp.file());
    try {
      await new SqlStorage(db, createSealer(randomBytes(32))).write({ a: { answer: secret } });
      const error = await new SqlStorage(db, createSealer(randomBytes(32))).read(['a']).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isAppError(error, 'storage_decrypt_failed')).to.equal(true);
    } finally {
      await db.close();
      tmp.cleanup();
    }
  });

  it('fails loudly when the data is encrypted and no key is set', async () => {
    const tmp = tempDir();
    const db = await Database.open(tmp.file());
    try {
      await new SqlStorage(db, createSealer(randomBytes(32))).write({ a: { answer: secret } });
      const error = await new SqlStorage(db, createSealer(null)).read(['a']).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isAppError(error, 'storage_decrypt_failed')).to.equal(true);
    } finally {
      await db.close();
      tmp.cleanup();
    }
  });

  it('refuses a ciphertext moved to another row', () => {
    const sealer = createSealer(randomBytes(32));
    const sealed = sealer.seal(secret, 'person-a');
    expect(() => sealer.open(sealed, 'person-b')).to.throw(/could not be decrypted/);
  });
});
