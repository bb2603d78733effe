/**
 * `npm run db:reseal [-- --batch N]`: re-seals every stored document with CAREPREP_ENCRYPTION_KEY,
 * opening those not yet re-sealed with CAREPREP_ENCRYPTION_KEY_OLD, and then marks the rotation
 * finished so the old key can be dropped. Reads the same environment as the service and may run
 * while it serves. Safe to run again: documents already under the current key are left alone.
 * Logs one JSON line a batch and one at the end (counts only).
 */
import { z } from 'zod';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { openDatabase } from '../storage/database';
import { createSealer } from '../storage/encryption';
import { verifyEncryptionKey } from '../storage/keyCheck';
import { resealAll } from '../storage/reseal';

const argsSchema = z.object({ batch: z.coerce.number().int().min(1).max(10_000).default(500) });

function parseArgs(argv: readonly string[]): z.infer<typeof argsSchema> {
  const at = argv.indexOf('--batch');
  const parsed = argsSchema.safeParse({ batch: at >= 0 ? argv[at + 1] : undefined });
  if (!parsed.success) throw new Error('--batch must be a whole number from 1 to 10000');
  return parsed.data;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const { batch } = parseArgs(process.argv.slice(2));
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'info');
  if (!config.encryptionKey)
    throw new Error('Invalid configuration: CAREPREP_ENCRYPTION_KEY: not set: there is no key to re-seal with');
  const db = await openDatabase({ url: config.databaseUrl, path: config.dbPath });
  try {
    // The same check as at start-up: it refuses a wrong key, and begins the rotation if the
    // service has not yet been started with the new key.
    await verifyEncryptionKey(db, config.encryptionKey, config.previousEncryptionKey);
    const started = Date.now();
    const result = await resealAll(db, createSealer(config.encryptionKey, config.previousEncryptionKey), {
      batchSize: batch,
      onBatch: (progress) => logger.info('reseal_batch', { ...progress }),
    });
    logger.info('reseal_done', { ...result, ms: Date.now() - started });
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Re-seal failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
