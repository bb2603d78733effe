import type { Database } from './database';

/** A fact about the database itself (see migration 7), or undefined if it was never written. */
export async function readSetting(db: Database, name: string): Promise<string | undefined> {
  const row = await db.get('SELECT value FROM settings WHERE name = ?', [name]);
  return row ? String(row.value) : undefined;
}

/** Writes a fact about the database, replacing any earlier value. */
export async function writeSetting(db: Database, name: string, value: string): Promise<void> {
  await db.write(
    'INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value',
    [name, value],
  );
}
