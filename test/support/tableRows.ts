import type { Database } from '../../storage/database';
import type { RunningApp } from './startApp';

/** How many rows `table` holds. */
export async function count(db: Database, table: string): Promise<number> {
  return Number((await db.get(`SELECT COUNT(*) AS n FROM ${table}`))?.n);
}

/** Waits, a bounded while (about 2 s), for the start-up sweep to bring `table` down to `expected` rows. */
export async function settles(running: RunningApp, table: string, expected: number): Promise<number> {
  let rows = await count(running.app.db, table);
  for (let i = 0; i < 100 && rows !== expected; i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    rows = await count(running.app.db, table);
  }
  return rows;
}
