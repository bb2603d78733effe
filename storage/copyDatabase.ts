import { AppError } from '../plan/appError';
import type { Database, SqlValue } from './database';

/**
 * Every table that holds data, in an order that needs nothing later. Rows are copied as stored:
 * sealed documents stay sealed under the same key, keyed identities under the same secret, and
 * the settings carry the key check values, so the copy opens with the same configuration.
 */
export const copiedTables = [
  'settings',
  'records',
  'identities',
  'documents',
  'processed_activities',
  'audit_log',
  'sms_opt_outs',
  'sms_keyword_sids',
  'sms_sid_digests',
  'own_copy_links',
  'invitations',
  'coordinators',
  'outbox',
  'result_inbox',
  'jobs',
  'continue_codes',
] as const;

/** Columns PostgreSQL numbers itself, moved on past the copied rows so new ones do not clash. */
const identityColumns = [
  ['audit_log', 'seq'],
  ['outbox', 'id'],
] as const;

/** What was copied, table by table. */
export type CopyResult = Record<(typeof copiedTables)[number], number>;

/**
 * Copies a sqlite database's rows into an empty PostgreSQL one, a batch to a transaction, and
 * checks each table's count after. Refuses a target that holds any data: a copy never merges.
 * The service must be stopped (or not yet started on the target) while it runs.
 */
export async function copyDatabase(
  source: Database,
  target: Database,
  options: { batchSize: number; onTable?: (table: string, rows: number) => void },
): Promise<CopyResult> {
  if (source.engine !== 'sqlite' || target.engine !== 'postgres')
    throw new AppError(
      'config_invalid',
      'db:copy copies a sqlite database (CAREPREP_DB) into PostgreSQL (CAREPREP_DATABASE_URL)',
    );
  for (const table of copiedTables) {
    if (await target.get(`SELECT 1 AS found FROM ${table} LIMIT 1`))
      throw new AppError(
        'config_invalid',
        `Invalid configuration: CAREPREP_DATABASE_URL: its ${table} table is not empty; copy into a new database`,
      );
  }
  const result = {} as CopyResult;
  for (const table of copiedTables) {
    const columns = (await source.all(`SELECT name FROM pragma_table_info('${table}')`)).map((row) => String(row.name));
    const list = columns.join(', ');
    let after = 0;
    let copied = 0;
    for (;;) {
      const rows = await source.all(
        `SELECT rowid AS copy_at, ${list} FROM ${table} WHERE rowid > ? ORDER BY rowid LIMIT ?`,
        [after, options.batchSize],
      );
      if (rows.length === 0) break;
      const row = `(${columns.map(() => '?').join(', ')})`;
      const values: SqlValue[] = rows.flatMap((r) => columns.map((column) => r[column]));
      await target.transaction((tx) =>
        tx.run(`INSERT INTO ${table} (${list}) VALUES ${rows.map(() => row).join(', ')}`, values),
      );
      copied += rows.length;
      after = Number(rows[rows.length - 1].copy_at);
    }
    const counted = Number((await target.get(`SELECT COUNT(*) AS n FROM ${table}`))?.n);
    if (counted !== copied)
      throw new AppError('storage_corrupt', `db:copy: ${table} has ${counted} rows, ${copied} copied`);
    result[table] = copied;
    options.onTable?.(table, copied);
  }
  for (const [table, column] of identityColumns)
    await target.write(
      `SELECT setval(pg_get_serial_sequence('${table}', '${column}'), (SELECT COALESCE(MAX(${column}), 0) + 1 FROM ${table}), false)`,
    );
  return result;
}
