import sqlite3 from 'sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../plan/appError';
import { openConnection, type Connection, type Row, type RunResult, type SqlValue, type Tx } from './connection';
import type { Database, LockOpening, LockSession } from './engine';
import { migrate } from './migrations';
import { collectScript, exactlyOneRowCheck } from './sqliteBatch';

/** How many queued transactions one commit may carry; bounds the time one batch holds the writer. */
const maxBatch = 64;

/**
 * A write to queue: a transaction body (with, when it only writes, its writes as a script and what
 * it returned: see `writeAll`), or one statement. A statement is atomic by itself, so alone it
 * commits without BEGIN and COMMIT.
 */
type Write =
  | { body: (tx: Tx) => Promise<unknown>; script?: { text: string; value: unknown } }
  | { statement: { sql: string; params: readonly SqlValue[] } };

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
  private counts = { writes: 0, commits: 0, reads: 0, trips: 0 };

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
    await writer.exec(`PRAGMA temp_store=MEMORY; ${exactlyOneRowCheck}`);
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

  /**
   * A transaction whose writes, when the body only writes, go to the database thread as one script
   * with the rest of their batch: each statement awaited alone is a trip there and back, and under
   * load every trip waits its turn on the event loop. A script that fails (a write its caller
   * looked at changed no row, say) is undone and its body run as a transaction instead.
   */
  async writeAll<T>(body: (tx: Tx) => Promise<T>): Promise<T> {
    this.assertOpen();
    const collected = await collectScript(body);
    if (!collected) return this.transaction(body);
    if (collected.script === '') return collected.value;
    return this.enqueue<T>({ body, script: { text: collected.script, value: collected.value } });
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
   * commits made for them (writes queued together share one), reads of committed data, and trips
   * the writes made to the database thread. For tests and the benchmark.
   */
  get stats(): { writes: number; commits: number; reads: number; trips: number } {
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
      await this.run(sql, params).then((result) => {
        this.counts.commits += 1;
        first.resolve(result);
      }, first.reject);
      return;
    }
    // Text not yet sent, and the scripted writes in it: sent with the next write that needs a trip
    // of its own, or with COMMIT, so a batch of scripts alone makes one trip.
    let text = 'BEGIN IMMEDIATE';
    let scripted: PendingWrite[] = [];
    const values: unknown[] = [];
    const send = async (last = ''): Promise<boolean> => {
      try {
        await this.exec(`${text}${last}`);
      } catch (error) {
        await this.exec('ROLLBACK').catch(() => undefined);
        this.notScripted(batch, scripted, error);
        return false;
      }
      text = '';
      scripted = [];
      return true;
    };
    for (const [i, item] of batch.entries()) {
      if ('body' in item && item.script) {
        text += `;\n${item.script.text}`;
        scripted.push(item);
        values.push(item.script.value);
        continue;
      }
      if (text !== '' && !(await send())) return;
      try {
        values.push(
          'statement' in item ? await this.run(item.statement.sql, item.statement.params) : await item.body(this.tx),
        );
      } catch (error) {
        // No savepoint around each write (two more trips each, on every turn): a failure undoes
        // the whole batch instead, fails this write alone, and queues the rest, in order, for a
        // new batch, where they run again from the start. Some failures (a full disk) end the
        // transaction anyway.
        await this.exec('ROLLBACK').catch(() => undefined);
        item.reject(error);
        this.pending.unshift(...batch.slice(0, i), ...batch.slice(i + 1));
        return;
      }
    }
    if (!(await send(`${text === '' ? '' : ';\n'}COMMIT`))) return;
    this.counts.commits += 1;
    batch.forEach((item, i) => item.resolve(values[i]));
  }

  /**
   * After a trip that failed and was rolled back: when it carried scripts, their bodies are queued
   * again, with the rest of the batch, to run as transactions, which tell each what its writes did
   * (or fail it alone); when it carried none (BEGIN or COMMIT failed), the whole batch fails.
   */
  private notScripted(batch: PendingWrite[], scripted: readonly PendingWrite[], error: unknown): void {
    if (scripted.length === 0) {
      for (const item of batch) item.reject(error);
      return;
    }
    for (const item of scripted) if ('body' in item) delete item.script;
    this.pending.unshift(...batch);
  }

  /** The writer, as a transaction body uses it, counting its trips. */
  private readonly tx: Tx = {
    run: (sql, params = []) => this.run(sql, params),
    get: (sql, params = []) => {
      this.counts.trips += 1;
      return this.writer.get(sql, params);
    },
    all: (sql, params = []) => {
      this.counts.trips += 1;
      return this.writer.all(sql, params);
    },
  };

  private run(sql: string, params: readonly SqlValue[]): Promise<RunResult> {
    this.counts.trips += 1;
    return this.writer.run(sql, params);
  }

  private exec(sql: string): Promise<void> {
    this.counts.trips += 1;
    return this.writer.exec(sql);
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
