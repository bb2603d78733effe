import { z } from 'zod';
import { preparationRecordSchema } from './record';
import { noResults } from './results/resultSchema';

/**
 * Stored records and queued deliveries written before the current version, brought up to it on
 * read: version 1 had no results. The body is upgraded before it is validated, so a record is
 * never half-read; anything that is not an older version passes through untouched for the
 * current schema to judge.
 */
export function upgradeRecord(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || !('version' in raw) || raw.version !== 1) return raw;
  return { ...raw, version: 2, results: noResults() };
}

/** The record schema for anything read back from storage: upgrades older versions, then validates. */
export const storedRecordSchema = z.preprocess(upgradeRecord, preparationRecordSchema);
