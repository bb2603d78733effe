import type { Database as EngineDatabase } from './engine';
import { PostgresDatabase } from './postgresDatabase';
import { SqliteDatabase } from './sqliteDatabase';

export type { Row, RunResult, SqlValue, Tx } from './connection';
export type { Engine, LockOpening, LockSession } from './engine';

/** What every store runs its SQL through (see `engine.ts`). */
export type Database = EngineDatabase;

/** Where the data lives: a PostgreSQL URL when set, otherwise the sqlite file. */
export interface DatabaseTarget {
  url?: string;
  path: string;
}

/** Opens the database the configuration names, applying its engine's pending migrations. */
export function openDatabase(target: DatabaseTarget): Promise<Database> {
  return target.url ? PostgresDatabase.open(target.url) : SqliteDatabase.open(target.path);
}

/** The sqlite database at a path (tools and tests that work on a file). */
export const Database = {
  open: (path: string): Promise<Database> => SqliteDatabase.open(path),
};
