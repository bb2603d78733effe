import { createHmac } from 'node:crypto';
import { AppError } from '../plan/appError';
import type { Database, Row } from './database';
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

const pendingSetting = 'encryption_key_check_old';

function refuse(reason: string, variable = 'CAREPREP_ENCRYPTION_KEY'): never {
  throw new AppError('config_invalid', `Invalid configuration: ${variable}: ${reason}`);
}

/** Which of the configured keys opens a sealed row, if any (for databases without a check value). */
function sampleKey(row: Row, table: number, keys: Buffer[]): Buffer | undefined {
  return keys.find((key) => {
    try {
      createSealer(key).open(String(row.body), sealedTables[table].bound(String(row.bound)));
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Refuses to start with a key that cannot open this database, naming the variable, rather than
 * answer /healthz ok and then fail every returning person's turn while sealing new records under
 * the wrong key. The first start with a key stores its check value; a database sealed before
 * check values existed is proven by opening one sealed row instead.
 *
 * Rotation: the first start with `previousKey` set to the key in use moves the check value to the
 * new key and remembers the old one as pending, since from then on new rows are sealed with the
 * new key while older rows still need the old. Until `npm run db:reseal` has re-sealed every row
 * and cleared the pending value, a start without the old key (or with another) is refused.
 */
export async function verifyEncryptionKey(
  db: Database,
  key: Buffer | null,
  previousKey: Buffer | null = null,
): Promise<void> {
  const stored = await readSetting(db, checkSetting);
  const pending = await readSetting(db, pendingSetting);
  const samples = await Promise.all(sealedTables.map((table) => db.get(table.sql)));
  const sample = samples.findIndex((row) => row !== undefined);
  if (!key) {
    if (stored !== undefined || sample >= 0)
      refuse('not set, but this database is encrypted: set the key it was encrypted with');
    return;
  }
  const current = keyCheckValue(key);
  const old = previousKey ? keyCheckValue(previousKey) : undefined;
  let inUse = stored;
  if (inUse === undefined && sample >= 0) {
    const opener = sampleKey(samples[sample]!, sample, previousKey ? [key, previousKey] : [key]);
    if (!opener) refuse('not the key this database was encrypted with (a stored row does not open)');
    inUse = keyCheckValue(opener);
  }
  if (inUse === undefined || inUse === current) {
    if (pending !== undefined && old === undefined)
      refuse(
        'not set, but some rows are still sealed with the previous key: set it again and run npm run db:reseal',
        'CAREPREP_ENCRYPTION_KEY_OLD',
      );
    if (pending !== undefined && pending !== old)
      refuse('not the key the rows not yet re-sealed were encrypted with', 'CAREPREP_ENCRYPTION_KEY_OLD');
    if (stored !== current) await writeSetting(db, checkSetting, current);
    return;
  }
  if (old === undefined || inUse !== old)
    refuse(
      `not the key this database was encrypted with (its key check value differs)${old === undefined ? '' : ', nor is CAREPREP_ENCRYPTION_KEY_OLD'}`,
    );
  if (pending !== undefined)
    refuse(
      'an earlier rotation is not finished (rows are still sealed with the key before it): run npm run db:reseal with the keys of that rotation first',
      'CAREPREP_ENCRYPTION_KEY_OLD',
    );
  // The rotation begins: both settings change together, so no start sees one without the other.
  await db.transaction(async (tx) => {
    for (const [name, value] of [
      [pendingSetting, old],
      [checkSetting, current],
    ])
      await tx.run(
        'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
        [name, value],
      );
  });
}

/** Whether rows sealed with a previous key may remain (a rotation `npm run db:reseal` has not finished). */
export async function rotationPending(db: Database): Promise<boolean> {
  return (await readSetting(db, pendingSetting)) !== undefined;
}

/** Ends a rotation: called once every sealed row is known to be under the current key. */
export async function finishRotation(db: Database): Promise<void> {
  await db.write('DELETE FROM settings WHERE name = ?', [pendingSetting]);
}
