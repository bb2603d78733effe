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

/** The stored value of one answer on the only record, or undefined when nothing is stored for it. */
export async function storedValue(running: RunningApp, linkId: string): Promise<unknown> {
  const record = await onlyRecord(running);
  return (record.answers as Record<string, { value?: unknown } | undefined>)[linkId]?.value;
}
