import type { SqlValue } from './connection';
import { toPostgres } from './postgresDialect';

/** The SQLSTATE `careprep_write_all` (migrations 10 and 13) raises when one of its writes changed no row. */
export const changedNoRow = 'CR001';

/**
 * The statement that runs `statements` as one, in sqlite's dialect like every statement: through
 * the session holding the conversation's advisory lock (`locked`, migration 13), or through any
 * pooled session, with no lock to check (migration 10's function, given no lock).
 */
export function writeAll(
  statements: readonly string[],
  locked: boolean,
): { sql: string; params: (string | number | null)[] } {
  const placeholders = statements.map(() => '?').join(', ');
  return locked
    ? { sql: `SELECT careprep_write_all_locked(${placeholders})`, params: [...statements] }
    : { sql: `SELECT careprep_write_all(?, ?, ${placeholders})`, params: [null, null, ...statements] };
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

/**
 * A statement's text with its values written in, for `careprep_write_all`; undefined when it
 * writes bytes (no table stores any), which would need a form of their own.
 */
export function inlinedForPostgres(sql: string, params: readonly SqlValue[]): string | undefined {
  return params.some((value) => Buffer.isBuffer(value))
    ? undefined
    : inlined(sql, params as readonly (string | number | null)[]);
}
