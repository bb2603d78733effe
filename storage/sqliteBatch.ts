import type { RunResult, SqlValue, Tx } from './connection';

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
 * with a NUL (sqlite reads a script only up to one), a number that is not a safe integer.
 */
function literal(value: SqlValue): string | undefined {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? String(value) : undefined;
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
 * Runs a transaction body once without the database, collecting its writes, with their values
 * written in, as one script: run in the writer's batch it costs one trip to the database thread,
 * where each statement awaited alone costs one each. A write is answered as having changed one
 * row; if the body looks at that answer, the script checks it (`exactlyOneRowCheck`), so the batch
 * commits only if it held. Undefined when the body reads (what it writes may hang on what it
 * finds) or writes a value without a literal, even if it caught the refusal: it must then run as
 * a transaction, which tells it what each write did.
 */
export async function collectScript<T>(
  body: (tx: Tx) => Promise<T>,
): Promise<{ value: T; script: string } | undefined> {
  const statements: string[] = [];
  let unbatchable = false;
  const refuse = (): Promise<never> => {
    unbatchable = true;
    return Promise.reject(new Error('A script of writes cannot read, nor write a value without a literal.'));
  };
  const tx: Tx = {
    run: (sql, params = []) => {
      const text = inlined(sql, params);
      if (text === undefined) return refuse();
      statements.push(text);
      const at = statements.length - 1;
      const result: RunResult = {
        get changes() {
          statements[at] = `${text};\n${checkChanged}`;
          return 1;
        },
      };
      return Promise.resolve(result);
    },
    get: refuse,
    all: refuse,
  };
  let value: T;
  try {
    value = await body(tx);
  } catch (error) {
    if (unbatchable) return undefined;
    throw error;
  }
  return unbatchable ? undefined : { value, script: statements.join(';\n') };
}
