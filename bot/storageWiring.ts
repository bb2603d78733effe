import { openDatabase, type Database } from '../storage/database';
import { createSealer, type Sealer } from '../storage/encryption';
import { identitySecret, prepareIdentityKeys, type IdentityKeys } from '../storage/identityKeys';
import { verifyEncryptionKey } from '../storage/keyCheck';
import type { Config } from './config';

/** The open database, with the sealer and identity keys its rows were written with. */
export interface OpenStorage {
  db: Database;
  sealer: Sealer;
  identityKeys: IdentityKeys;
}

/**
 * Opens the database (applying migrations), checks the encryption key against the one its rows
 * were sealed with and prepares the identity keys; a refusal closes the database again and is
 * thrown, naming the variable to fix.
 */
export async function openStorage(config: Config): Promise<OpenStorage> {
  const db = await openDatabase({ url: config.databaseUrl, path: config.dbPath });
  const sealer = createSealer(config.encryptionKey, config.previousEncryptionKey);
  const identityKeys = await verifyEncryptionKey(db, config.encryptionKey, config.previousEncryptionKey)
    .then(() => prepareIdentityKeys(db, identitySecret(config.identityKey, config.encryptionKey), sealer))
    .catch(async (error: unknown) => {
      await db.close();
      throw error;
    });
  return { db, sealer, identityKeys };
}
