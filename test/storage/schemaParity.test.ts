import { expect } from 'chai';
import { openDatabase } from '../../storage/database';
import { tempDir } from '../support/tempDb';
import { requirePostgres, tempPostgres } from '../support/tempPostgres';

describe('The two engines hold the same schema', () => {
  before(async function reachable() {
    await requirePostgres(this);
  });

  it('has every sqlite table and column in PostgreSQL too, so a new sqlite migration needs its PostgreSQL one', async () => {
    const tmp = tempDir();
    const database = await tempPostgres();
    const sqlite = await openDatabase({ path: tmp.file() });
    const postgres = await openDatabase({ url: database.url, path: '' });
    try {
      const tables = (
        await sqlite.all("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      )
        .map((row) => String(row.name))
        .sort();
      const inSqlite: string[] = [];
      for (const table of tables)
        for (const row of await sqlite.all(`SELECT name FROM pragma_table_info('${table}')`))
          inSqlite.push(`${table}.${String(row.name)}`);
      const inPostgres = (
        await postgres.all(
          "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'",
        )
      ).map((row) => `${String(row.table_name)}.${String(row.column_name)}`);
      expect(inSqlite.filter((column) => !inPostgres.includes(column))).to.deep.equal([]);
    } finally {
      await Promise.all([sqlite.close(), postgres.close()]);
      await database.drop();
      tmp.cleanup();
    }
  });
});
