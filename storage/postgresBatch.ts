import type { SqlValue } from './connection';
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

/**
 * A statement's text with its values written in, for `careprep_write_all`; undefined when it
 * writes bytes (no table stores any), which would need a form of their own.
 */
export function inlinedForPostgres(sql: string, params: readonly SqlValue[]): string | undefined {
  return params.some((value) => Buffer.isBuffer(value))
    ? undefined
    : inlined(sql, params as readonly (string | number | null)[]);
}
