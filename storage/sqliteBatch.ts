import type { SqlValue, Tx } from './connection';
import { collectWrites } from './writeCollector';

/**
 * A temporary table whose trigger refuses any row but 1: a batched write whose caller looked at
 * what it changed is followed by an insert of `changes()` here, so the batch fails unless that
 * write changed exactly the one row its caller was told of. The trigger keeps no row.
 */
export const exactlyOneRowCheck = [
  'CREATE TEMP TABLE IF NOT EXISTS careprep_rows_changed (changed INTEGER NOT NULL)',
  `CREATE TEMP TRIGGER IF NOT EXISTS careprep_rows_changed_one BEFORE INSERT ON careprep_rows_changed
   BEGIN SELECT CASE WHEN NEW.changed = 1 THEN RAISE(IGNORE) ELSE RAISE(ABORT, 'a batched write did not change exactly one row') END; END`,
].join(';\n');

const checkChanged = 'INSERT INTO temp.careprep_rows_changed (changed) VALUES (changes())';

/**
 * A value as a literal of sqlite's, or undefined when it has none that reads back the same: text
 * with a NUL (sqlite reads a script only up to one), a number that is not a safe integer. Each
 * is of the storage class its bound value would be.
 */
function literal(value: SqlValue): string | undefined {
  if (value === null) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return undefined;
    // Bound, a whole number outside 32 bits is a REAL (node-sqlite3 binds it as a double): the same.
    return (value | 0) === value ? String(value) : `${value}.0`;
  }
  if (Buffer.isBuffer(value)) return `X'${value.toString('hex')}'`;
  return value.includes('\0') ? undefined : `'${value.replace(/'/g, "''")}'`;
}

/** A statement with its values written in place of its `?` (never inside a string literal). */
function inlined(sql: string, params: readonly SqlValue[]): string | undefined {
  let n = 0;
  let refused = false;
  const text = sql.replace(/\?/g, () => {
    const value = n < params.length ? literal(params[n]) : undefined;
    n += 1;
    if (value === undefined) refused = true;
    return value ?? '';
  });
  return refused || n !== params.length ? undefined : text;
}

/**
 * A transaction body's writes, collected without the database (`collectWrites`), as one script:
 * run in the writer's batch it costs one trip to the database thread, where each statement
 * awaited alone costs one each. A write whose caller looked at what it changed is followed by
 * `exactlyOneRowCheck`'s, so the batch commits only if it changed the one row the caller was told
 * of. Undefined when the body reads, or writes a value sqlite has no literal for: it must then run
 * as a transaction.
 */
export async function collectScript<T>(
  body: (tx: Tx) => Promise<T>,
): Promise<{ value: T; script: string } | undefined> {
  const collected = await collectWrites(body, inlined);
  if (!collected) return undefined;
  const { value, statements, looked } = collected;
  return {
    value,
    script: statements.map((text, i) => (looked.has(i) ? `${text};\n${checkChanged}` : text)).join(';\n'),
  };
}
