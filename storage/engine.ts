import type { Row, RunResult, SqlValue, Tx } from './connection';

/** Which engine a database runs on. */
export type Engine = 'sqlite' | 'postgres';

/**
 * The session an `exclusive` lock is held by. A write through it lands before the lock is let go,
 * even when the instance dies just after sending it: PostgreSQL runs what a session sent before
 * it ends that session, and only then lets its locks go. Lone statements, each its own commit.
 */
export interface LockSession {
  write(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /**
   * `Database.writeAll` for the work under the lock: on PostgreSQL its one statement (or the
   * transaction run instead) goes through this session, so its writes are made while the lock is
   * held or not at all: an instance that died while they waited for a row leaves none of them,
   * and none lands after the lock went to another.
   */
  writeAll<T>(body: (tx: Tx) => Promise<T>): Promise<T>;
}

/**
 * A read made the moment a lock is held, which the work under the lock starts from. On PostgreSQL
 * it is also what takes the lock, so holding it and reading cost one round trip.
 */
export interface LockOpening {
  /** The read, in sqlite's dialect like every statement. */
  read: { sql: string; params: readonly SqlValue[] };
  /**
   * The same read on PostgreSQL, through a function that takes the advisory lock whose id it is
   * given as its first parameter (before `params`), then reads with a snapshot of its own.
   */
  lockingRead: { sql: string; params: readonly SqlValue[] };
}

/**
 * What every store runs its SQL through, on either engine. Statements are written once, in
 * sqlite's dialect with `?` placeholders; the PostgreSQL engine translates the few differences
 * (see `postgresDialect.ts`), so one store serves both and neither can drift from the other.
 */
export interface Database {
  readonly engine: Engine;
  /**
   * Runs `body` atomically on one consistent view, losing no update (sqlite: strictly one
   * transaction after another; PostgreSQL: a snapshot, run again if a row it writes changed
   * meanwhile), and resolves once it is durably committed. A body may run more than once (a
   * batch retried, a lost race), so it must do nothing outside the database that it cannot do
   * twice, and must read again whatever it decides on.
   */
  transaction<T>(body: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * `transaction` for a body of writes each meant to change a row (a unit of work's: conditional
   * writes by key), made in as few round trips as the engine allows. PostgreSQL collects them
   * without the database and sends them as one statement, which commits only if every one changed
   * a row (a write reports `changes: 1` for "some"); when one changed none, or the body reads, it
   * runs the body as a `transaction` instead, which reports what each write did. sqlite runs it as
   * a `transaction`.
   */
  writeAll<T>(body: (tx: Tx) => Promise<T>): Promise<T>;
  /** Runs one write statement and resolves once it is durably committed. */
  write(sql: string, params?: readonly SqlValue[]): Promise<RunResult>;
  /** Reads committed data: the first row. */
  get(sql: string, params?: readonly SqlValue[]): Promise<Row | undefined>;
  /** Reads committed data. */
  all(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /**
   * Writes asked for, durable commits made for them, and reads made outside transactions (a lock's
   * opening read counts as one). For tests and the benchmark.
   */
  readonly stats: { writes: number; commits: number; reads: number };
  /**
   * Runs `work` while no other instance runs work under `key` on this database (PostgreSQL: an
   * advisory lock, let go if the instance dies), giving it the lock's session and the rows of
   * `opening`, read once the lock is held (none without one). One sqlite file has one instance,
   * whose own lock is enough, so there it runs `work` at once, with the database's one writer as
   * its session.
   */
  exclusive<T>(
    key: string,
    work: (session: LockSession, opened: Row[]) => Promise<T>,
    opening?: LockOpening,
  ): Promise<T>;
  /** Resolves once the database answers a query; rejects when it does not. */
  ping(): Promise<void>;
  /** Waits for writes under way, then closes every connection. */
  close(): Promise<void>;
}
