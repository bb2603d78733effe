import type pg from 'pg';

/**
 * Keeps the instance running when the server ends one of `pool`'s sessions (a failover, a restart,
 * an operator's `pg_terminate_backend`). node-postgres reports it as an `error` event on the
 * connection, and an event nobody listens for ends the process: the pool listens only while a
 * connection is idle, so one checked out (a turn's lock, a transaction) needs a listener of its
 * own. The query under way, or the next one, fails instead, and the pool replaces the connection.
 */
export function survivingServerEnds(pool: pg.Pool): void {
  pool.on('error', () => undefined);
  pool.on('connect', (client) => void client.on('error', () => undefined));
}
