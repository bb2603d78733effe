import { createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../plan/appError';
import type { Database } from './database';
import type { Sealer } from './encryption';
import { keyCheckValue } from './keyCheck';
import { readSetting } from './settings';

/**
 * Turns identifiers that name a person (a phone number, a Web Chat user id, a Teams AAD id) into
 * the keys stored in their place. Unkeyed, the key is a plain SHA-256, and every UK mobile can
 * be tried against a copy of the database in about an hour; keyed, it is an HMAC of that hash
 * under a secret kept outside the database, so a copy alone tells nobody who uses the service.
 */
export interface IdentityKeys {
  /** The stored key of `value` for `kind` (a channel id, or `sms-conversation`). */
  of(kind: string, value: string): string;
}

function plainHash(kind: string, value: string): string {
  return createHash('sha256').update(`${kind}\u0000${value}`).digest('hex');
}

/** Keys as stored before identities were keyed (and still, with no secret configured). */
export const unkeyedIdentityKeys: IdentityKeys = { of: plainHash };

/** HMAC-SHA256 of the plain hash: so rows stored unkeyed can be re-keyed without the identifiers. */
function keyedHash(secret: Buffer, plain: string): string {
  return createHmac('sha256', secret).update(plain).digest('hex');
}

/** Keys under `secret`. */
export function keyedIdentityKeys(secret: Buffer): IdentityKeys {
  return { of: (kind, value) => keyedHash(secret, plainHash(kind, value)) };
}

/**
 * The identity secret: `CAREPREP_IDENTITY_KEY` when set, else one derived from the encryption
 * key (HKDF, so neither reveals the other), else none.
 */
export function identitySecret(identityKey: Buffer | null, encryptionKey: Buffer | null): Buffer | null {
  if (identityKey) return identityKey;
  if (!encryptionKey) return null;
  return Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), 'careprep identity keys v1', 32));
}

const schemeSetting = 'identity_scheme';
const smsConversationPrefix = 'sms/conversations/';
const smsDeliveryPrefix = 'sms:';

function refuse(reason: string): never {
  throw new AppError('config_invalid', `Invalid configuration: CAREPREP_IDENTITY_KEY: ${reason}`);
}

/**
 * The identity keys this database uses, after bringing it to them. The first start with a
 * secret re-keys, in one transaction, every stored identity, SMS opt-out, SMS conversation state
 * (re-sealed under its new key) and remembered SMS delivery; the check value of the secret is
 * stored, so a later start with another secret, or none, refuses rather than split people from
 * their records.
 */
export async function prepareIdentityKeys(db: Database, secret: Buffer | null, sealer: Sealer): Promise<IdentityKeys> {
  const scheme = (await readSetting(db, schemeSetting)) ?? 'sha256';
  if (!secret) {
    if (scheme !== 'sha256')
      refuse('not set (nor CAREPREP_ENCRYPTION_KEY, which it is derived from), but identities here are keyed');
    return unkeyedIdentityKeys;
  }
  const wanted = `hmac-sha256:${keyCheckValue(secret)}`;
  if (scheme === wanted) return keyedIdentityKeys(secret);
  if (scheme !== 'sha256') refuse('not the key the identities here were keyed with (its check value differs)');
  await db.transaction(async (tx) => {
    // Another instance starting at the same moment may have re-keyed first: keying twice would
    // split everyone from their records, so the scheme is read again inside the transaction.
    const now = await tx.get('SELECT value FROM settings WHERE name = ?', [schemeSetting]);
    if (now?.value === wanted) return;
    for (const table of ['identities', 'sms_opt_outs', 'sms_keyword_sids']) {
      for (const row of await tx.all(`SELECT identity FROM ${table}`)) {
        const old = String(row.identity);
        await tx.run(`UPDATE ${table} SET identity = ? WHERE identity = ?`, [keyedHash(secret, old), old]);
      }
    }
    const documents = await tx.all('SELECT key, body FROM documents WHERE key LIKE ?', [`${smsConversationPrefix}%`]);
    for (const row of documents) {
      const oldKey = String(row.key);
      const newKey = smsConversationPrefix + keyedHash(secret, oldKey.slice(smsConversationPrefix.length));
      const body = sealer.seal(sealer.open(String(row.body), oldKey), newKey);
      await tx.run('UPDATE documents SET key = ?, body = ? WHERE key = ?', [newKey, body, oldKey]);
    }
    const deliveries = await tx.all('SELECT key FROM processed_activities WHERE key LIKE ?', [`${smsDeliveryPrefix}%`]);
    for (const row of deliveries) {
      const oldKey = String(row.key);
      const [, conversation, ...rest] = oldKey.split(':');
      const newKey = [smsDeliveryPrefix.slice(0, -1), keyedHash(secret, conversation), ...rest].join(':');
      await tx.run('UPDATE processed_activities SET key = ? WHERE key = ?', [newKey, oldKey]);
    }
    await tx.run(
      'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
      [schemeSetting, wanted],
    );
  });
  return keyedIdentityKeys(secret);
}

/**
 * A key for signing something the service issues, the same on every instance: derived from the
 * identity secret when there is one (HKDF, `info` naming what it signs), so it lives outside the
 * database; otherwise (a development set-up with no keys) a random key kept in the database under
 * `setting`, written once by whichever instance comes first, so it outlives restarts too.
 */
async function signingKey(db: Database, secret: Buffer | null, info: string, setting: string): Promise<Buffer> {
  if (secret) return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), info, 32));
  const stored = await readSetting(db, setting);
  if (stored) return Buffer.from(stored, 'base64');
  const key = randomBytes(32);
  await db.write('INSERT OR IGNORE INTO settings (name, value) VALUES (?, ?)', [setting, key.toString('base64')]);
  return Buffer.from((await readSetting(db, setting)) ?? key.toString('base64'), 'base64');
}

/** The key Web Chat browser identities are signed with (see `signingKey`), so people resume after a restart. */
export function browserIdentityKey(db: Database, secret: Buffer | null): Promise<Buffer> {
  return signingKey(db, secret, 'careprep browser identities v1', 'browser_identity_key');
}

/**
 * The key Direct Line tokens are signed with (see `signingKey`): a token issued by one instance
 * is accepted by every other, so a page whose poll reaches another instance carries on.
 */
export function directLineTokenKey(db: Database, secret: Buffer | null): Promise<Buffer> {
  return signingKey(db, secret, 'careprep direct line tokens v1', 'directline_token_key');
}
