import type { PreparationRecord } from '../../plan/record';
import { createSealer } from '../../storage/encryption';
import { SqlRecordStore } from '../../storage/recordStore';
import type { RunningApp } from './startApp';

/** The one person's record in a running app with no encryption key (a fresh app per test). */
export async function onlyRecord(running: RunningApp): Promise<PreparationRecord> {
  const store = new SqlRecordStore(running.app.db, createSealer(null));
  const [summary] = await store.list();
  const found = summary ? await store.get(summary.id) : undefined;
  if (!found) throw new Error('no record');
  return found.value;
}
