import { expect } from 'chai';
import { engines, type OpenedDatabase } from '../support/engines';

/** Tables and their columns, as `table.column`, on each engine after every migration. */
const columnsSql = {
  sqlite:
    "SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'",
  postgres:
    'SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = current_schema()',
} as const;

/** The indexes each migration names (not the ones an engine makes for a key by itself). */
const indexesSql = {
  sqlite: "SELECT name AS i FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex_%'",
  postgres:
    "SELECT indexname AS i FROM pg_indexes WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey' AND indexname NOT LIKE '%_key'",
} as const;

/**
 * What one engine has and the other need not: PostgreSQL shares between instances, in tables, what
 * one sqlite process keeps in memory (Teams pacing, the built-in Direct Line's streams and its
 * counts of new conversations, the counts of wrong codes), and gives the tables retention pages by
 * `rowid` the column sqlite has without naming it.
 */
const postgresOnlyTables = {
  send_slots: ['conversation_id', 'next_at'],
  directline_streams: ['conversation_id', 'started', 'base', 'seq', 'last_at', 'used_at', 'held', 'bytes'],
  directline_activities: ['conversation_id', 'seq', 'at', 'body', 'bytes'],
  directline_creations: ['window_start', 'address', 'used'],
  code_attempts: ['scope', 'key', 'failures', 'since'],
};
const onlyOn = {
  sqlite: new Set<string>(),
  postgres: new Set([
    ...Object.entries(postgresOnlyTables).flatMap(([table, columns]) => columns.map((column) => `${table}.${column}`)),
    'directline_streams_used',
    'code_attempts_since',
  ]),
};
const postgresRowid = /\.rowid$/;

async function schema(engine: 'sqlite' | 'postgres', opened: OpenedDatabase) {
  const columns = (await opened.db.all(columnsSql[engine])).map((row) => `${String(row.t)}.${String(row.c)}`);
  const indexes = (await opened.db.all(indexesSql[engine])).map((row) => String(row.i));
  const kept = (name: string) => !onlyOn[engine].has(name) && !(engine === 'postgres' && postgresRowid.test(name));
  return { columns: columns.filter(kept).sort(), indexes: indexes.filter(kept).sort() };
}

describe('Both engines, migrated, have the same tables, columns and indexes', () => {
  const [sqlite, postgres] = engines;
  postgres.require();

  it('so a migration written for one engine and not the other fails here, not in production', async () => {
    const left = await sqlite.open();
    const right = await postgres.open();
    try {
      const a = await schema('sqlite', left);
      const b = await schema('postgres', right);
      expect(a.columns.length).to.be.greaterThan(50);
      expect(b.columns, 'columns').to.deep.equal(a.columns);
      expect(b.indexes, 'indexes').to.deep.equal(a.indexes);
    } finally {
      await left.close();
      await right.close();
    }
  });
});
