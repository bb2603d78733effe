import pg from 'pg';
import { AppError } from '../plan/appError';
import type { Row, RunResult, SqlValue, Tx } from './connection';
import type { Database, LockOpening, LockSession } from './engine';
import { changedNoRow, inlinedForPostgres, writeAll } from './postgresBatch';
import { toPostgres } from './postgresDialect';
import { AdvisoryLocks } from './postgresLocks';
import { survivingServerEnds } from './postgresPool';
import { collectWrites } from './writeCollector';
import { migratePostgres } from './postgresMigrations';

/** Connections one instance holds at most: a few per core, well inside a server's 100. */
const poolSize = 10;
/** A transaction that lost a race for a row runs again, up to this many times in all. */
const maxAttempts = 12;
/** SQLSTATEs that mean "run it again": a serialization failure, a deadlock broken. */
const retryable = new Set(['40001', '40P01']);

/** Counts and row ids are far below 2^53, so bigint columns and COUNT(*) are read as numbers. */
const types = new pg.TypeOverrides();
types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value));

/** The URL with its password left out, for messages and logs. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'a URL that cannot be parsed';
  }
}

/** A statement's name per text, so each pooled connection parses and plans it once. */
const names = new Map<string, string>();
function query(sql: string, params: readonly SqlValue[]): pg.QueryConfig {
  const text = toPostgres(sql);
  let name = names.get(text);
  if (name === undefined && names.size < 1024) {
    name = `s${names.size}`;
    names.set(text, name);
  }
  return { name, text, values: [...params] };
}

function txOn(client: pg.PoolClient): Tx {
  const all = async (sql: string, params: readonly SqlValue[] = []): Promise<Row[]> =>
    (await client.query<Row>(query(sql, params))).rows;
  return {
    run: async (sql, params = []) => ({ changes: (await client.query(query(sql, params))).rowCount ?? 0 }),
    get: async (sql, params = []) => (await all(sql, params))[0],
    all,
  };
}

function isRetryable(error: unknown): boolean {
  return error instanceof pg.DatabaseError && retryable.has(error.code ?? '');
}

/** A short random wait that grows with each attempt, so two racing transactions part. */
function backoff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(50, 2 ** attempt)));
}

/**
 * PostgreSQL through a pool, for any number of instances on one database. Each transaction is
 * REPEATABLE READ: it reads one snapshot, and if another transaction changed a row it changes
 * meanwhile it fails and runs again (which the \`Database\` contract allows), so no update is ever
 * lost. SERIALIZABLE was measured first: its predicate locks on shared index pages failed about
 * one turn's commit in three between unrelated conversations, and the retries dominated latency.
 * What it would add (no write skew between rows) the stores get otherwise: a conversation's turns
 * hold its advisory lock, and every record and conversation-state write is conditional on its
 * eTag, which PostgreSQL re-checks against the latest row. Lone statements run in autocommit, and
 * so do a unit of work's writes sent as one (`writeAll`).
 */
export class PostgresDatabase implements Database {
  readonly engine = 'postgres';
  private readonly counts = { writes: 0, commits: 0, retries: 0, reads: 0 };
  private readonly inFlight = new Set<Promise<unknown>>();
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly locks: AdvisoryLocks,
  ) {}

  /**
   * Connects, applies pending migrations (one instance at a time), and returns the database. An
   * unreachable server or a wrong URL is refused naming the variable, never its password.
   */
  static async open(url: string): Promise<PostgresDatabase> {
    const pool = new pg.Pool({
      connectionString: url,
      max: poolSize,
      types,
      connectionTimeoutMillis: 10_000,
      application_name: 'careprep',
    });
    survivingServerEnds(pool);
    const db = new PostgresDatabase(pool, new AdvisoryLocks(url, types));
    try {
      await db.ping();
    } catch (error) {
      await db.close().catch(() => undefined);
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError(
        'config_invalid',
        `Invalid configuration: CAREPREP_DATABASE_URL: cannot reach PostgreSQL at ${redactedUrl(url)} (${reason})`,
      );
    }
    try {
      await migratePostgres(pool);
    } catch (error) {
      await db.close().catch(() => undefined);
      throw error;
    }
    return db;
  }

  transaction<T>(body: (tx: Tx) => Promise<T>): Promise<T> {
    this.counts.writes += 1;
    return this.track(this.attempt(body));
  }

  /**
   * Runs `body` as a transaction on a pooled connection, or on `locked`, the session holding the
   * conversation's advisory lock, whose commits are made durable here (it makes its own notes
   * without waiting for the disk).
   */
  private async attempt<T>(body: (tx: Tx) => Promise<T>, locked?: pg.PoolClient): Promise<T> {
    for (let attempt = 1; ; attempt += 1) {
      const client = locked ?? (await this.connect());
      let broken: Error | undefined;
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        if (locked) await client.query('SET LOCAL synchronous_commit = on');
        const value = await body(txOn(client));
        await client.query('COMMIT');
        this.counts.commits += 1;
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        if (attempt < maxAttempts && isRetryable(error) && !(locked && broken)) {
          this.counts.retries += 1;
          await backoff(attempt);
          continue;
        }
        throw error;
      } finally {
        // The lock's session goes back to its own pool when the lock is let go.
        if (!locked) client.release(broken);
      }
    }
  }

  writeAll<T>(body: (tx: Tx) => Promise<T>): Promise<T> {
    this.counts.writes += 1;
    return this.track(this.inOneStatement(body));
  }

  /**
   * The body's writes as one autocommitted statement (`careprep_write_all`, migrations 10 and 13):
   * one round trip and one durable commit, where a transaction takes BEGIN, a trip per write and
   * COMMIT. Given `locked` (the session holding the conversation's advisory lock), they go through
   * it, so they are made while the lock is held or not at all: an instance that died while they
   * waited for a row leaves none of them, and none lands after the lock went to another turn. Its
   * writes run at READ COMMITTED, each conditional write checked against the latest row, so an
   * eTag no longer stored still changes nothing; the transaction run instead then refuses it, or
   * rebases, as its body decides.
   */
  private async inOneStatement<T>(body: (tx: Tx) => Promise<T>, locked?: pg.PoolClient): Promise<T> {
    const collected = await collectWrites(body, inlinedForPostgres);
    if (!collected) return this.attempt(body, locked);
    const { value, statements } = collected;
    if (statements.length === 0) return value;
    try {
      const { sql, params } = writeAll(statements, locked !== undefined);
      await this.statement(sql, params, locked);
    } catch (error) {
      if (error instanceof pg.DatabaseError && error.code === changedNoRow) return this.attempt(body, locked);
      throw error;
    }
    this.counts.commits += 1;
    return value;
  }

  write(sql: string, params: readonly SqlValue[] = []): Promise<RunResult> {
    this.counts.writes += 1;
    return this.track(
      (async () => {
        const result = await this.statement(sql, params);
        this.counts.commits += 1;
        return { changes: result.rowCount ?? 0 };
      })(),
    );
  }

  /**
   * One statement on its own (autocommit), run again if it lost a race: PostgreSQL failed it to
   * break a deadlock (two statements locking rows as they change them, in different orders; a
   * write through `all`, with RETURNING, too) or a serialization conflict, and it did nothing.
   */
  private async statement(
    sql: string,
    params: readonly SqlValue[],
    on: pg.Pool | pg.PoolClient = this.pool,
  ): Promise<pg.QueryResult<Row>> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await on.query<Row>(query(sql, params));
      } catch (error) {
        if (attempt >= maxAttempts || !isRetryable(error)) throw error;
        this.counts.retries += 1;
        await backoff(attempt);
      }
    }
  }

  /** Writes, commits, reads, and transactions or statements run again after losing a race. */
  get stats(): { writes: number; commits: number; retries: number; reads: number } {
    return { ...this.counts };
  }

  async get(sql: string, params: readonly SqlValue[] = []): Promise<Row | undefined> {
    return (await this.all(sql, params))[0];
  }

  async all(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    this.assertOpen();
    this.counts.reads += 1;
    return (await this.statement(sql, params)).rows;
  }

  exclusive<T>(
    key: string,
    work: (session: LockSession, opened: Row[]) => Promise<T>,
    opening?: LockOpening,
  ): Promise<T> {
    this.assertOpen();
    const taking =
      opening &&
      ((id: string) => {
        this.counts.reads += 1;
        return query(opening.lockingRead.sql, [id, ...opening.lockingRead.params]);
      });
    return this.locks.run(
      key,
      (client, opened) =>
        work(
          {
            write: async (sql, params = []) => {
              this.counts.writes += 1;
              const result = await client.query(query(sql, params));
              this.counts.commits += 1;
              return { changes: result.rowCount ?? 0 };
            },
            writeAll: (body) => {
              this.counts.writes += 1;
              return this.track(this.inOneStatement(body, client));
            },
          },
          opened,
        ),
      taking,
    );
  }

  async ping(): Promise<void> {
    this.assertOpen();
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.inFlight]);
    await Promise.all([this.pool.end(), this.locks.close()]);
  }

  private connect(): Promise<pg.PoolClient> {
    this.assertOpen();
    return this.pool.connect();
  }

  private track<T>(work: Promise<T>): Promise<T> {
    this.assertOpen();
    this.inFlight.add(work);
    const forget = (): void => {
      this.inFlight.delete(work);
    };
    work.then(forget, forget);
    return work;
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('storage_closed', 'The database is closed.');
  }
}
