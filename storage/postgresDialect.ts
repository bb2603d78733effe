/**
 * Written into a subquery that picks rows to claim: a comment to sqlite, whose one writer claims
 * alone anyway, and on PostgreSQL the clause itself, so instances claiming at once each skip the
 * rows another is claiming instead of taking them too.
 */
export const skipLocked = '/* FOR UPDATE SKIP LOCKED */';

/** Translated statements, by their sqlite text: each store uses a fixed set of texts. */
const translated = new Map<string, string>();
/** Bounds the map: IN lists sized by their keys make a text per size. */
const maxKept = 1024;

/**
 * The PostgreSQL text of a statement written for sqlite. The stores use few sqlite-only forms,
 * and each has one PostgreSQL equivalent:
 * - `?` placeholders become `$1`, `$2`, … (no statement has a `?` inside a string literal);
 * - `INSERT OR IGNORE INTO …` becomes `INSERT INTO … ON CONFLICT DO NOTHING`;
 * - `json_each(?)`, a batch of ids as one JSON array, becomes `json_array_elements_text(?::json)`,
 *   whose column is also called `value`;
 * - a unary `+` before a column, which only tells sqlite's planner not to use an index, goes;
 * - `skipLocked` becomes the clause it names.
 */
export function toPostgres(sql: string): string {
  const kept = translated.get(sql);
  if (kept !== undefined) return kept;
  let text = sql;
  if (/^\s*INSERT OR IGNORE INTO/i.test(text))
    text = `${text.replace(/INSERT OR IGNORE INTO/i, 'INSERT INTO')} ON CONFLICT DO NOTHING`;
  text = text.replace(/json_each\(\?\)/g, 'json_array_elements_text(?::json)');
  text = text.replace(/([\s(])\+(?=[a-z_])/g, '$1');
  text = text.replace(skipLocked, 'FOR UPDATE SKIP LOCKED');
  let n = 0;
  text = text.replace(/\?/g, () => `$${++n}`);
  if (translated.size < maxKept) translated.set(sql, text);
  return text;
}
