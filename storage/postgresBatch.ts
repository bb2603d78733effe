import type { RunResult, SqlValue, Tx } from './connection';
import { toPostgres } from './postgresDialect';

/** The SQLSTATE `careprep_write_all` (migration 10) raises when one of its writes changed no row. */
export const changedNoRow = 'CR001';

/** An advisory lock as held: its id (`lockId`) and the server process of the session holding it. */
export interface HeldLock {
  id: string;
  holder: number;
}

/**
 * The statement that runs `statements` as one, committing only while `held` is (when given), in
 * sqlite's dialect like every statement.
 */
export function writeAll(
  statements: readonly string[],
  held: HeldLock | undefined,
): { sql: string; params: (string | number | null)[] } {
  return {
    sql: `SELECT careprep_write_all(?, ?, ${statements.map(() => '?').join(', ')})`,
    params: [held?.id ?? null, held?.holder ?? null, ...statements],
  };
}

/**
 * A value written into a statement as a literal of no type, which PostgreSQL types from where it
 * stands, as it types a bound parameter (node-postgres binds every value as text of no type).
 * Escape-string syntax, so what a backslash means does not hang on `standard_conforming_strings`.
 */
function literal(value: string | number | null): string {
  return value === null ? 'NULL' : `E'${String(value).replace(/[\\']/g, '$&$&')}'`;
}

/**
 * A statement's PostgreSQL text with its values written in place of its placeholders (`$1`, …:
 * like `?` before translation, never inside a string literal of a statement).
 */
function inlined(sql: string, params: readonly (string | number | null)[]): string {
  return toPostgres(sql).replace(/\$(\d+)/g, (placeholder, n: string) => {
    const value = params[Number(n) - 1];
    if (value === undefined) throw new Error(`No value for ${placeholder} in a batched write.`);
    return literal(value);
  });
}

/** Values a batch writes in: bytes (no table stores any) would need a form of their own. */
function writable(params: readonly SqlValue[]): params is readonly (string | number | null)[] {
  return !params.some((value) => Buffer.isBuffer(value));
}

/**
 * Runs a transaction body once without the database, collecting its writes with their values
 * written in, for `careprep_write_all` to run as one statement. Each write is answered as having
 * changed a row, which holds if the batch commits: it commits only if every write did. Undefined
 * when the body reads (what it writes may hang on what it finds) or writes bytes, even if it
 * caught the refusal: it must then run as a transaction.
 */
export async function collectWrites<T>(
  body: (tx: Tx) => Promise<T>,
): Promise<{ value: T; statements: string[] } | undefined> {
  const statements: string[] = [];
  let unbatchable = false;
  const refuse = (): Promise<never> => {
    unbatchable = true;
    return Promise.reject(new Error('A batch of writes cannot read, nor write bytes.'));
  };
  const tx: Tx = {
    run: (sql, params = []) => {
      if (!writable(params)) return refuse();
      statements.push(inlined(sql, params));
      // At least one row, as the batch requires of every write.
      const changed: RunResult = { changes: 1 };
      return Promise.resolve(changed);
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
  return unbatchable ? undefined : { value, statements };
}
