import { AppError } from '../plan/appError';
import { isEmptyRecord, preparationRecordSchema, type PreparationRecord } from '../plan/record';
import { storedRecordSchema } from '../plan/recordMigration';
import type { Sealer } from './encryption';
import { packBody, unpackBody } from './bodyPacking';
import { newETag } from './newETag';
import { RecordCache } from './recordCache';
import { validateChanges } from './recordChanges';

/** The flags kept beside a record's body, so retention need not unseal it. */
interface RecordFlags {
  empty: 0 | 1;
  shared: 0 | 1;
}

/** A record ready to write: validated, sealed, with the eTag it will have. */
export interface Encoded extends RecordFlags {
  record: PreparationRecord;
  body: string;
  next: string;
}

/**
 * True when the record holds a plan shared with someone and not withdrawn: its recipients must
 * hear before it is purged. Kept in its own column so retention need not unseal every body.
 */
export function holdsSharedPlan(record: PreparationRecord): boolean {
  return record.shared !== undefined && record.status !== 'withdrawn';
}

/**
 * A record's stored body, both ways: validated, packed and sealed (encrypted at rest when a key is
 * set) to write; unsealed, upgraded and validated by zod when read, unless the stored body is
 * exactly one this process lately read or wrote (see `RecordCache`).
 */
export class RecordBodies {
  private readonly cache = new RecordCache();

  constructor(private readonly sealer: Sealer) {}

  /** The record in record `id`'s stored `body`; one that fails the check throws `record_invalid`. */
  read(id: string, body: string): PreparationRecord {
    const kept = this.cache.get(id, body);
    if (kept) return kept;
    const parsed = this.open(id, body);
    if (!parsed.success)
      throw new AppError('record_invalid', `Stored record failed validation: ${parsed.error.issues[0]?.message ?? ''}`);
    this.cache.set(id, body, parsed.data);
    return parsed.data;
  }

  /**
   * The flags of a stored body, worked out once for a record written before they were kept; a
   * body that cannot be read counts as neither.
   */
  flagsOf(id: string, body: string): RecordFlags {
    const parsed = this.open(id, body, { unreadable: 'skip' });
    return parsed.success ? flagsOf(parsed.data) : { empty: 0, shared: 0 };
  }

  /**
   * Validates and seals a record for writing, and keeps it: validated whole (zod's copy is kept,
   * so the caller's object stays theirs to change), or, given the valid `base` it was made from,
   * only where it differs (then the caller's object itself is kept, and they must not change it
   * again: a session copies before every change). Kept before the write commits: a body is only
   * ever matched in full against what a read finds stored, so one that never commits is never found.
   */
  encode(record: PreparationRecord, base?: PreparationRecord): Encoded {
    const valid = base ? validateChanges(base, record) : preparationRecordSchema.parse(record);
    const body = this.sealer.seal(packBody(JSON.stringify(valid)), `record:${valid.id}`);
    this.cache.set(valid.id, body, valid);
    return { record: valid, body, next: newETag(), ...flagsOf(valid) };
  }

  /** Forgets what was kept of record `id`, once it is deleted. */
  forget(id: string): void {
    this.cache.delete(id);
  }

  /**
   * Unseals and checks a stored body, upgrading an older version: the one way every reader opens
   * a record. A body that cannot be unsealed or parsed throws, or with `skip` fails the check.
   */
  private open(id: string, body: string, options: { unreadable?: 'throw' | 'skip' } = {}) {
    const read = (): string => unpackBody(this.sealer.open(body, `record:${id}`));
    return storedRecordSchema.safeParse(options.unreadable === 'skip' ? parseOrUndefined(read) : JSON.parse(read()));
  }
}

function flagsOf(record: PreparationRecord): RecordFlags {
  return { empty: isEmptyRecord(record) ? 1 : 0, shared: holdsSharedPlan(record) ? 1 : 0 };
}

/** The parsed JSON `read` gives, or undefined when it throws (a body that cannot be opened or parsed). */
function parseOrUndefined(read: () => string): unknown {
  try {
    return JSON.parse(read());
  } catch {
    return undefined;
  }
}
