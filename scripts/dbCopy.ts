/**
 * `npm run db:copy [-- --batch N]`: copies the sqlite database at CAREPREP_DB into the empty
 * PostgreSQL database at CAREPREP_DATABASE_URL, table by table, a batch to a transaction, and
 * checks every table's count. Stop the service first; start it on the URL after. Rows move as
 * stored (sealed stays sealed), so the same CAREPREP_ENCRYPTION_KEY and CAREPREP_IDENTITY_KEY
 * open the copy. Logs one JSON line a table and one at the end (counts only).
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { loadConfig } from '../bot/config';
import { createLogger } from '../bot/logger';
import { copyDatabase } from '../storage/copyDatabase';
import { openDatabase } from '../storage/database';

const argsSchema = z.object({ batch: z.coerce.number().int().min(1).max(5_000).default(500) });

function parseArgs(argv: readonly string[]): z.infer<typeof argsSchema> {
  const at = argv.indexOf('--batch');
  const parsed = argsSchema.safeParse({ batch: at >= 0 ? argv[at + 1] : undefined });
  if (!parsed.success) throw new Error('--batch must be a whole number from 1 to 5000');
  return parsed.data;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const { batch } = parseArgs(process.argv.slice(2));
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : 'info');
  if (!config.databaseUrl)
    throw new Error('Invalid configuration: CAREPREP_DATABASE_URL: not set: name the PostgreSQL database to copy into');
  if (!existsSync(config.dbPath))
    throw new Error(`Invalid configuration: CAREPREP_DB: no sqlite database at ${config.dbPath} to copy from`);
  const source = await openDatabase({ path: config.dbPath });
  try {
    const target = await openDatabase({ url: config.databaseUrl, path: config.dbPath });
    try {
      const started = Date.now();
      const copied = await copyDatabase(source, target, {
        batchSize: batch,
        onTable: (table, rows) => logger.info('copy_table', { table, rows }),
      });
      logger.info('copy_done', { ...copied, ms: Date.now() - started });
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`Copy failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
