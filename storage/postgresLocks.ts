import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Row } from './connection';
import { survivingServerEnds } from './postgresPool';

/** Connections held for locks: one per conversation with a turn under way on this instance. */
const lockPoolSize = 10;

/** A lock key's 64 bits, as the signed bigint PostgreSQL's advisory locks take. */
export function lockId(key: string): string {
  return createHash('sha256').update(key).digest().readBigInt64BE(0).toString();
}

/**
 * Session advisory locks, one connection per lock held, from a pool of their own: a turn holding
 * one reads on the main pool and writes on its own connection, so however many turns wait for
 * locks, none waits for a connection that a lock holder needs. A lock goes when its session does, so an instance
 * that dies mid-turn frees the conversation for the others at once.
 *
 * The holder writes through the lock's own connection: the turn's commit (see
 * `careprep_write_all_locked`, migration 13), which is then made while the lock is held or not at
 * all, and the delivery ledger's notes of which replies went out. PostgreSQL runs what a session
 * sent before it sees the session end, so such a write lands before the lock goes, even from an
 * instance killed just after sending it. The session's commits do not wait for the disk unless
 * they say so, as the turn's commit does: a note lost in a server crash sends a reply again at
 * worst, and a flush per note would hold up every reply.
 */
export class AdvisoryLocks {
  private readonly pool: pg.Pool;

  /** @param types how values are read, as on the main pool: a turn's writes that read run here too */
  constructor(url: string, types?: pg.CustomTypesConfig) {
    this.pool = new pg.Pool({
      connectionString: url,
      max: lockPoolSize,
      types,
      application_name: 'careprep-locks',
      options: '-c synchronous_commit=off',
    });
    survivingServerEnds(this.pool);
  }

  /**
   * Runs `work` holding the lock on `key`, with the connection that holds it. Given `taking` (a
   * statement for the lock's id that takes the lock itself and then reads), the lock is taken by
   * it and `work` gets the rows it read.
   */
  async run<T>(
    key: string,
    work: (client: pg.PoolClient, opened: Row[]) => Promise<T>,
    taking?: (id: string) => pg.QueryConfig,
  ): Promise<T> {
    const id = lockId(key);
    const client = await this.pool.connect();
    let opened: Row[] = [];
    try {
      if (taking) opened = (await client.query<Row>(taking(id))).rows;
      else await client.query('SELECT pg_advisory_lock($1::bigint)', [id]);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
    try {
      return await work(client, opened);
    } finally {
      // Let go without holding up the turn's reply: a turn waiting for this key is already
      // queued in PostgreSQL and goes on the moment this arrives. A session that cannot say it
      // let go is closed instead, which lets go. Named, so each session parses and plans it once.
      client.query({ name: 'careprep_unlock', text: 'SELECT pg_advisory_unlock($1::bigint)', values: [id] }).then(
        () => client.release(),
        (error: Error) => client.release(error),
      );
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
