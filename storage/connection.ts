import sqlite3 from 'sqlite3';

/** A value that can be bound to a SQL parameter. */
export type SqlValue = string | number | null | Buffer;
/** One row as sqlite returns it. */
export type Row = Record<string, SqlValue>;

/** What a write statement did. */
export interface RunResult {
  changes: number;
}

/** The statements a transaction body may run; all on the single writer connection. */
export interface Tx {
  run(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /** The first row. The whole result is read, so this is for lookups by key or with LIMIT 1. */
  get(sql: string, params?: readonly SqlValue[]): Promise<Row | undefined>;
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
}

/** One sqlite connection with promises. */
export interface Connection extends Tx {
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

/** Bounds the prepared statements kept: the SQL is fixed text, apart from IN lists sized by their keys. */
const maxStatements = 256;

/**
 * Opens a connection whose statements are prepared once and reused: parsing and planning the
 * same SQL on every turn cost more than running it. Rows are always read with `all`, which
 * steps a statement to its end; a statement left mid-result would hold its read snapshot open.
 */
export function openConnection(path: string, mode: number): Promise<Connection> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, mode, (error) => (error ? reject(error) : resolve(connection(db))));
  });
}

function connection(db: sqlite3.Database): Connection {
  const statements = new Map<string, Promise<sqlite3.Statement>>();
  // The same statements once prepared, to use without waiting on a promise: one wake-up less per
  // statement, on every statement of every turn.
  const ready = new Map<string, sqlite3.Statement>();
  const prepared = (sql: string): Promise<sqlite3.Statement> => {
    const kept = statements.get(sql);
    if (kept) return kept;
    const statement = new Promise<sqlite3.Statement>((resolve, reject) => {
      const made = db.prepare(sql, (error) => (error ? reject(error) : resolve(made)));
    });
    // SQL that fails to prepare is reported to its caller and not kept.
    if (statements.size < maxStatements) {
      statements.set(sql, statement);
      statement.then(
        (made) => ready.set(sql, made),
        () => statements.delete(sql),
      );
    }
    return statement;
  };
  const all = async (sql: string, params: readonly SqlValue[] = []): Promise<Row[]> => {
    const statement = ready.get(sql) ?? (await prepared(sql));
    return new Promise((resolve, reject) => {
      statement.all<Row>(params, (error, rows) => (error ? reject(error) : resolve(rows)));
    });
  };
  return {
    run: async (sql, params = []) => {
      const statement = ready.get(sql) ?? (await prepared(sql));
      return new Promise((resolve, reject) => {
        statement.run(params, function done(this: sqlite3.RunResult, error: Error | null) {
          if (error) reject(error);
          else resolve({ changes: this.changes });
        });
      });
    },
    get: async (sql, params = []) => (await all(sql, params))[0],
    all,
    exec: (sql) => new Promise((resolve, reject) => db.exec(sql, (error) => (error ? reject(error) : resolve()))),
    close: async () => {
      const kept = await Promise.allSettled(statements.values());
      statements.clear();
      ready.clear();
      for (const outcome of kept) {
        if (outcome.status === 'fulfilled')
          await new Promise<void>((resolve) => outcome.value.finalize(() => resolve()));
      }
      await new Promise<void>((resolve, reject) => db.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
