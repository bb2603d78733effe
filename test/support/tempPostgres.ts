import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * The server the PostgreSQL tests use: `CAREPREP_TEST_DATABASE_URL` (an admin URL, any
 * database), or the local server on 127.0.0.1:5432. Each test makes its own database there.
 */
export const adminUrl = process.env.CAREPREP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

let reachable: Promise<boolean> | undefined;

/** Whether the test server answers (asked once per run). */
export function postgresReachable(): Promise<boolean> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  })();
  return reachable;
}

/**
 * Skips the calling suite when no PostgreSQL server answers, except under CI, where the suite
 * fails instead: `.ci/run` makes sure one runs, so a missing one is a broken set-up, not a pass.
 */
export async function requirePostgres(context: Mocha.Context): Promise<void> {
  if (await postgresReachable()) return;
  if (process.env.CI === 'true')
    throw new Error(`PostgreSQL is not reachable at ${adminUrl}, and CI=true: its suites must run`);
  context.skip();
}

async function admin<T>(body: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database of its own (so parallel runs cannot clash); `drop` removes it. */
export async function tempPostgres(): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `careprep_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
