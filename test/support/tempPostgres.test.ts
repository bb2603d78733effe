import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { adminUrl, requirePostgres, templateStaleAfterMs, templateUseMark } from './tempPostgres';

const root = join(__dirname, '..', '..');

async function sql(text: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

async function present(name: string): Promise<boolean> {
  return (await sql('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
}

/**
 * A test process of another tree, whose migrations name its template `own`: it copies two
 * databases from it, as a contract suite does; with `dropBetween`, its template is dropped between
 * the two, as an older tempPostgres elsewhere (which dropped every template but its own) would.
 */
function otherTreeRun(own: string, dropBetween = false): Promise<void> {
  const script = `
    const pg = require('pg');
    const { adminUrl, tempPostgres } = require('./test/support/tempPostgres');
    (async () => {
      await (await tempPostgres({ migrated: true })).drop();
      if (process.env.DROP_BETWEEN) {
        const client = new pg.Client({ connectionString: adminUrl });
        await client.connect();
        try {
          await client.query('DROP DATABASE ${own} WITH (FORCE)');
        } finally {
          await client.end();
        }
      }
      await (await tempPostgres({ migrated: true })).drop();
    })().catch((error) => { console.error(error); process.exitCode = 1; });`;
  const env = { ...process.env, CAREPREP_TEST_TEMPLATE: own, DROP_BETWEEN: dropBetween ? '1' : '' };
  return new Promise((resolve, reject) =>
    execFile(process.execPath, ['-r', 'tsx/cjs', '-e', script], { cwd: root, env }, (error, _out, err) =>
      error ? reject(new Error(`the other tree's run failed: ${err}`)) : resolve(),
    ),
  );
}

describe('Migrated templates shared by trees on one server (test/support/tempPostgres.ts)', function () {
  this.timeout(60_000);
  const made: string[] = [];
  const own = `careprep_tpl_test_${randomBytes(4).toString('hex')}`;
  made.push(own);

  /** A template of some tree's migrations, with `comment` as its mark. */
  async function template(comment?: string): Promise<string> {
    const name = `careprep_tpl_test_${randomBytes(4).toString('hex')}`;
    made.push(name);
    await sql(`CREATE DATABASE ${name}`);
    if (comment !== undefined) await sql(`COMMENT ON DATABASE ${name} IS '${comment}'`);
    return name;
  }

  before(async function setUp() {
    await requirePostgres(this);
  });
  after(async () => {
    for (const name of made) await sql(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it('keeps a template of other migrations that a copy was made from within the last hours', async () => {
    const recent = await template(templateUseMark(new Date(Date.now() - templateStaleAfterMs / 2)));
    await otherTreeRun(own);
    expect(await present(recent)).to.equal(true);
  });

  it('keeps a template it has no record of use for, and marks it as seen from now on', async () => {
    const unmarked = await template();
    await otherTreeRun(own);
    expect(await present(unmarked)).to.equal(true);
    const marked = await sql(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [unmarked],
    );
    expect(marked.rows[0]?.comment).to.be.a('string');
  });

  it('drops a template no copy was made from for longer than templateStaleAfterMs', async () => {
    const stale = await template(templateUseMark(new Date(Date.now() - templateStaleAfterMs - 60_000)));
    await otherTreeRun(own);
    expect(await present(stale)).to.equal(false);
  });

  it('keeps even a stale template while a session is connected to it', async () => {
    const stale = await template(templateUseMark(new Date(Date.now() - templateStaleAfterMs - 60_000)));
    const url = new URL(adminUrl);
    url.pathname = `/${stale}`;
    const session = new pg.Client({ connectionString: url.toString() });
    // Ended from the server when the template is dropped regardless; the check below says so.
    session.on('error', () => undefined);
    await session.connect();
    try {
      await otherTreeRun(own);
      expect(await present(stale)).to.equal(true);
    } finally {
      await session.end();
    }
  });

  it('makes its own template again when it is dropped between two copies', async () => {
    await otherTreeRun(own, true);
    expect(await present(own)).to.equal(true);
  });
});
