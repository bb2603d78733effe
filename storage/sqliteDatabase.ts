import sqlite3 from 'sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../plan/appError';
import { openConnection, type Connection, type Row, type RunResult, type SqlValue, type Tx } from './connection';
import type { Database, LockOpening, LockSession } from './engine';
import { migrate } from './migrations';

/** How many queued transactions one commit may carry; bounds the time one batch holds the writer. */
const maxBatch = 64;

/**
 * A write to queue: a transaction body, or one statement. A statement is atomic by itself, so
 * alone it commits without BEGIN and COMMIT.
 */
type Write = { body: (tx: Tx) => Promise<unknown> } | { statement: { sql: string; params: readonly SqlValue[] } };

type PendingWrite = Write & {
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
};

/**
 * The embedded sqlite database: one writer connection whose transactions run strictly one after
 * another (so a read-modify-write with an eTag check cannot interleave with another), and one
 * reader connection that sees only committed data (WAL lets it read while a write is open).
 */
export class SqliteDatabase implements Database {
  readonly engine = 'sqlite';

  private pending: PendingWrite[] = [];
  private draining: Promise<void> | null = null;
  private closed = false;
  private counts = { writes: 0, commits: 0, reads: 0 };

  private constructor(
    private readonly writer: Connection,
    private readonly reader: Connection,
    /** The file path, or ':memory:'. */
    readonly path: string,
  ) {}

  /** Opens (creating if needed) the file, sets durable pragmas and applies pending migrations. */
  static async open(path: string): Promise<SqliteDatabase> {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const writer = await openConnection(path, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE | sqlite3.OPEN_FULLMUTEX);
    // synchronous=FULL: a committed answer survives power loss, not just a process crash.
    await writer.exec(
      'PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;',
    );
    await migrate(writer);
    const reader =
      path === ':memory:' ? writer : await openConnection(path, sqlite3.OPEN_READONLY | sqlite3.OPEN_FULLMUTEX);
    if (reader !== writer) await reader.exec('PRAGMA busy_timeout=5000;');
    return new SqliteDatabase(writer, reader, path);
  }

  /**
   * Runs `body` atomically, after every earlier write has finished, and resolves once it is
   * durably committed. Writes queued while a commit is under way are committed together (group
   * commit), each in order, sharing one fsync instead of paying one each. One that fails is
   * rejected alone with none of its changes kept, and the others run again in a new batch, so a
   * body must do nothing outside the database that it cannot do twice.
   */
  transaction<T>(body: (tx: Tx) => Promise<T>): Promise<T> {
    return this.enqueue<T>({ body });
  }

  /** A transaction, unchanged: an embedded database has no round trips to save. */
  writeAll<T>(body: (tx: Tx) => Promise<T>): Promise<T> {
    return this.transaction(body);
  }

  /**
   * Runs one write statement, in order with every other write, and resolves once it is durably
   * committed. A statement is atomic by itself, so when no other write is waiting it commits
   * without BEGIN and COMMIT: one trip to the database thread instead of three. That trip is
   * what a write costs under load, as each one waits its turn on the event loop.
   */
  write(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    return this.enqueue<RunResult>({ statement: { sql, params } });
  }

  /**
   * Writes queued so far (transactions and statements, each awaited by its caller), durable
   * commits made for them (writes queued together share one), and reads of committed data. For
   * tests and the benchmark.
   */
  get stats(): { writes: number; commits: number; reads: number } {
    return { ...this.counts };
  }

  private enqueue<T>(write: Write): Promise<T> {
    this.assertOpen();
    this.counts.writes += 1;
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ ...write, resolve: (value) => resolve(value as T), reject });
      this.draining ??= this.drain();
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.length > 0) await this.commitBatch(this.pending.splice(0, maxBatch));
    this.draining = null;
  }

  private async commitBatch(batch: PendingWrite[]): Promise<void> {
    const [first] = batch;
    if (batch.length === 1 && 'statement' in first) {
      const { sql, params } = first.statement;
      await this.writer.run(sql, params).then((result) => {
        this.counts.commits += 1;
        first.resolve(result);
      }, first.reject);
      return;
    }
    const exec = (sql: string): Promise<void> => this.writer.exec(sql);
    const values: unknown[] = [];
    try {
      await exec('BEGIN IMMEDIATE');
    } catch (error) {
      for (const item of batch) item.reject(error);
      return;
    }
    for (const [i, item] of batch.entries()) {
      try {
        values.push(
          'statement' in item
            ? await this.writer.run(item.statement.sql, item.statement.params)
            : await item.body(this.writer),
        );
      } catch (error) {
        // No savepoint around each write (two more trips each, on every turn): a failure undoes
        // the whole batch instead, fails this write alone, and queues the rest, in order, for a
        // new batch, where they run again from the start. Some failures (a full disk) end the
        // transaction anyway.
        await exec('ROLLBACK').catch(() => undefined);
        item.reject(error);
        this.pending.unshift(...batch.slice(0, i), ...batch.slice(i + 1));
        return;
      }
    }
    try {
      await exec('COMMIT');
    } catch (error) {
      await exec('ROLLBACK').catch(() => undefined);
      for (const item of batch) item.reject(error);
      return;
    }
    this.counts.commits += 1;
    batch.forEach((item, i) => item.resolve(values[i]));
  }

  /** Reads committed data. */
  get(sql: string, params: readonly SqlValue[] = []): Promise<Row | undefined> {
    this.assertOpen();
    this.counts.reads += 1;
    return this.reader.get(sql, params);
  }

  /** Reads committed data. */
  all(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    this.assertOpen();
    this.counts.reads += 1;
    return this.reader.all(sql, params);
  }

  /** One process per file: the caller's own lock already keeps `key`'s work apart. */
  async exclusive<T>(
    _key: string,
    work: (session: LockSession, opened: Row[]) => Promise<T>,
    opening?: LockOpening,
  ): Promise<T> {
    const opened = opening ? await this.all(opening.read.sql, opening.read.params) : [];
    return work({ write: (sql, params) => this.write(sql, params), writeAll: (body) => this.writeAll(body) }, opened);
  }

  /** Answers once the file can be read: what /healthz reports. */
  async ping(): Promise<void> {
    await this.get('SELECT 1 AS ok');
  }

  /** Waits for queued writes, then closes both connections. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.draining;
    if (this.reader !== this.writer) await this.reader.close();
    await this.writer.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('storage_closed', 'The database is closed.');
  }
}
