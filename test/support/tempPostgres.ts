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

/**
 * How long a template of other migrations may go without a copy made from it before it counts as
 * left behind. Trees on one machine with different migrations each keep their own template; a test
 * run makes a copy every few seconds, so hours without one mean its tree has moved on or gone. One
 * dropped while its tree still wanted it is made again at that tree's next copy (`copyTemplate`).
 */
export const templateStaleAfterMs = 6 * 60 * 60 * 1000;

/**
 * Held alone while a template is made or left-behind databases are dropped, and shared while a
 * database is copied from a template, so that no template is dropped in the middle of a copy.
 */
const templateLock = 'careprep test template';
/** Taken while a use mark is written: PostgreSQL refuses two updates of one comment at once. */
const markLock = 'careprep test template mark';

/** The comment on a template saying when a copy was last made from it (or it was first seen). */
export function templateUseMark(at: Date): string {
  return `careprep test template, last used ${at.toISOString()}`;
}

/** When a template was last used, by its comment; undefined when it has no mark. */
function lastUse(comment: string | null): number | undefined {
  const at = Date.parse(/^careprep test template, last used (\S+)$/.exec(comment ?? '')?.[1] ?? '');
  return Number.isNaN(at) ? undefined : at;
}

async function markUsed(client: pg.Client, template: string, at: Date): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [markLock]);
    await client.query(`COMMENT ON DATABASE ${template} IS ${client.escapeLiteral(templateUseMark(at))}`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}

/** Whether PostgreSQL refused because the database named is not there (or is no longer). */
function missing(error: unknown): boolean {
  return error instanceof pg.DatabaseError && error.code === '3D000';
}

/**
 * Drops a template of other migrations only when it is provably left behind: half-made (making
 * holds `templateLock`, which the caller holds, so one seen now is from a process that died
 * making it), or unused for `templateStaleAfterMs` and with no session on it. Never another tree's
 * template in use: copies hold the lock shared, and a recent mark keeps it. One without a mark
 * (made by an older version of this file) is marked as seen now, and its hours start then.
 */
async function settleTemplate(client: pg.Client, template: string, comment: string | null): Promise<void> {
  const used = lastUse(comment);
  if (!template.endsWith('_making')) {
    if (used === undefined) return markUsed(client, template, new Date());
    if (Date.now() - used <= templateStaleAfterMs) return;
  }
  try {
    // Without FORCE: PostgreSQL refuses while any session is connected to it, which keeps it.
    await client.query(`DROP DATABASE IF EXISTS ${template}`);
  } catch (error) {
    if (!(error instanceof pg.DatabaseError && error.code === '55006')) throw error;
  }
}

/** Drops what is left behind (under `templateLock`): see `settleTemplate` and `madeByLiveProcess`. */
async function dropLeftBehind(client: pg.Client, own: string): Promise<void> {
  const present = await client.query<{ datname: string; comment: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database
      WHERE datname LIKE 'careprep\\_t\\_%' OR datname LIKE 'careprep\\_tpl\\_%'`,
  );
  for (const { datname, comment } of present.rows) {
    if (datname === own) continue;
    if (datname.startsWith('careprep_tpl_')) await settleTemplate(client, datname, comment);
    else if (!madeByLiveProcess(datname)) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  }
}

/**
 * The template's name: for the migrations it holds, so trees with the same migrations share one.
 * `CAREPREP_TEST_TEMPLATE` names it instead, for this file's own tests, which stand for a tree
 * with other migrations.
 */
function templateName(): string {
  const named = process.env.CAREPREP_TEST_TEMPLATE;
  if (!named)
    return `careprep_tpl_${createHash('sha256').update(JSON.stringify(postgresMigrations)).digest('hex').slice(0, 16)}`;
  if (!/^careprep_tpl_[a-z0-9_]{1,40}$/.test(named))
    throw new Error(`CAREPREP_TEST_TEMPLATE is not a template name: ${named}`);
  return named;
}

let migrated: Promise<string> | undefined;

/**
 * A database with every PostgreSQL migration applied, to copy test databases from: made once
 * (under `templateLock`, so parallel workers make it once between them) and kept across runs. It
 * is published by a rename once complete, so a half-made one is never copied. Making it also
 * drops what is left behind: see `dropLeftBehind`.
 */
function migratedTemplate(): Promise<string> {
  migrated ??= admin(async (client) => {
    const name = templateName();
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [templateLock]);
    try {
      await dropLeftBehind(client, name);
      const present = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (present.rowCount === 1) return name;
      const making = `${name}_making`;
      await client.query(`DROP DATABASE IF EXISTS ${making} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${making}`);
      await (await openDatabase({ url: urlOf(making), path: '' })).close();
      await client.query(`ALTER DATABASE ${making} RENAME TO ${name}`);
      return name;
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [templateLock]);
    }
  });
  return migrated;
}

/**
 * How often a process marks its template used as it copies from it: a mark is a commit, which
 * waits for the disk, and a minute is nothing against `templateStaleAfterMs`.
 */
const markEveryMs = 60_000;
/** When this process last marked each template used. */
const marked = new Map<string, number>();

/**
 * Copies the migrated template into a new database `name`, with `templateLock` held shared, and
 * marks the template used. A template dropped since this process found it (by an older version
 * of this file in another tree, which dropped every template but its own, or after lying unused
 * for hours) is made again.
 */
async function copyTemplate(name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const finding = migratedTemplate();
    const template = await finding;
    try {
      await admin(async (client) => {
        await client.query('SELECT pg_advisory_lock_shared(hashtext($1))', [templateLock]);
        try {
          if (Date.now() - (marked.get(template) ?? 0) > markEveryMs) {
            await markUsed(client, template, new Date());
            marked.set(template, Date.now());
          }
          await client.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
        } finally {
          await client.query('SELECT pg_advisory_unlock_shared(hashtext($1))', [templateLock]);
        }
      });
      return;
    } catch (error) {
      if (attempt >= 3 || !missing(error)) throw error;
      if (migrated === finding) migrated = undefined;
    }
  }
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
  if (options.migrated) await copyTemplate(name);
  else await admin((client) => client.query(`CREATE DATABASE ${name}`));
  return {
    url: urlOf(name),
    name,
    drop: () => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))),
  };
}
