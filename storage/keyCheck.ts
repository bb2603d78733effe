import { createHmac } from 'node:crypto';
import { AppError } from '../plan/appError';
import type { Database } from './database';
import { createSealer } from './encryption';
import { readSetting, writeSetting } from './settings';

const checkSetting = 'encryption_key_check';

/**
 * A key check value: tells one key from another without revealing it (an HMAC of a fixed text
 * under the key, cut to 128 bits), so it can be stored beside the data it protects.
 */
export function keyCheckValue(key: Buffer): string {
  return createHmac('sha256', key).update('careprep key check value v1').digest('base64url').slice(0, 22);
}

/** Where sealed rows live, and what each is bound to (as the stores seal them). */
const sealedTables = [
  {
    sql: "SELECT id AS bound, body FROM records WHERE body LIKE 'enc1:%' LIMIT 1",
    bound: (v: string) => `record:${v}`,
  },
  { sql: "SELECT key AS bound, body FROM documents WHERE body LIKE 'enc1:%' LIMIT 1", bound: (v: string) => v },
  {
    sql: "SELECT id AS bound, body FROM invitations WHERE body LIKE 'enc1:%' LIMIT 1",
    bound: (v: string) => `invitation:${v}`,
  },
] as const;

function refuse(reason: string): never {
  throw new AppError('config_invalid', `Invalid configuration: CAREPREP_ENCRYPTION_KEY: ${reason}`);
}

/**
 * Refuses to start with a key that cannot open this database, naming the variable, rather than
 * answer /healthz ok and then fail every returning person's turn while sealing new records under
 * the wrong key. The first start with a key stores its check value; a database sealed before
 * check values existed is proven by opening one sealed row instead.
 */
export async function verifyEncryptionKey(db: Database, key: Buffer | null): Promise<void> {
  const stored = await readSetting(db, checkSetting);
  const samples = await Promise.all(sealedTables.map((table) => db.get(table.sql)));
  const sample = samples.findIndex((row) => row !== undefined);
  if (!key) {
    if (stored !== undefined || sample >= 0)
      refuse('not set, but this database is encrypted: set the key it was encrypted with');
    return;
  }
  if (stored !== undefined) {
    if (stored !== keyCheckValue(key))
      refuse('not the key this database was encrypted with (its key check value differs)');
    return;
  }
  if (sample >= 0) {
    const row = samples[sample]!;
    try {
      createSealer(key).open(String(row.body), sealedTables[sample].bound(String(row.bound)));
    } catch {
      refuse('not the key this database was encrypted with (a stored row does not open)');
    }
  }
  await writeSetting(db, checkSetting, keyCheckValue(key));
}
