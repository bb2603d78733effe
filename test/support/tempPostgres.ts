import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../storage/database';
import { postgresMigrations } from '../../storage/postgresMigrations';

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

/** Where a database of this server is, as `openDatabase` and the service take it. */
function urlOf(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Whether the test process that made a `careprep_t_<pid>_…` database still runs here (the server is on loopback). */
function madeByLiveProcess(name: string): boolean {
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(new URL(adminUrl).hostname)) return true;
  const pid = Number(/^careprep_t_(\d+)_/.exec(name)?.[1]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    // Signal 0 only asks whether the process exists; it throws when it does not.
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

let migrated: Promise<string> | undefined;

/**
 * A database with every PostgreSQL migration applied, to copy test databases from: named for the
 * migrations it holds, made once (under a lock, so parallel workers make it once between them) and
 * kept across runs. It is published by a rename once complete, so a half-made one is never
 * copied. Making it also drops what test processes on this machine, since gone, left behind.
 */
function migratedTemplate(): Promise<string> {
  migrated ??= (async () => {
    const name = `careprep_tpl_${createHash('sha256').update(JSON.stringify(postgresMigrations)).digest('hex').slice(0, 16)}`;
    return admin(async (client) => {
      await client.query('SELECT pg_advisory_lock(hashtext($1))', ['careprep test template']);
      try {
        const present = await client.query<{ datname: string }>(
          "SELECT datname FROM pg_database WHERE datname LIKE 'careprep\\_t\\_%' OR datname LIKE 'careprep\\_tpl\\_%'",
        );
        for (const { datname } of present.rows) {
          const stale = datname.startsWith('careprep_tpl_') ? datname !== name : !madeByLiveProcess(datname);
          if (stale) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
        }
        if (present.rows.some((row) => row.datname === name)) return name;
        const making = `${name}_making`;
        await client.query(`DROP DATABASE IF EXISTS ${making} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${making}`);
        await (await openDatabase({ url: urlOf(making), path: '' })).close();
        await client.query(`ALTER DATABASE ${making} RENAME TO ${name}`);
        return name;
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['careprep test template']);
      }
    });
  })();
  return migrated;
}

/**
 * A fresh database of its own (so parallel runs cannot clash): empty, or with every migration
 * already applied when `migrated` (copied from a template, which is quicker than migrating);
 * `drop` removes it.
 */
export async function tempPostgres(
  options: { migrated?: boolean } = {},
): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const name = `careprep_t_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = options.migrated ? ` TEMPLATE ${await migratedTemplate()}` : '';
  await admin((client) => client.query(`CREATE DATABASE ${name}${template}`));
  return {
    url: urlOf(name),
    name,
    drop: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
