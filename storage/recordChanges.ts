import type { z } from 'zod';
import { answerSchema, carerViewSchema, preparationRecordSchema, type PreparationRecord } from '../plan/record';

const shape = preparationRecordSchema.shape;
type Field = keyof typeof shape;

/** Fields that are maps of one kind of entry: only the entries that changed are validated again. */
const entryMaps: Partial<Record<Field, z.ZodType>> = { answers: answerSchema, carerViews: carerViewSchema };

/** Equal as JSON: the same primitives, arrays and objects all the way down (an undefined property counts as absent). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameJson(item, b[i]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key in left) if (!sameJson(left[key], right[key])) return false;
  for (const key in right) if (!(key in left) && right[key] !== undefined) return false;
  return true;
}

/**
 * A deep copy of JSON-shaped data (objects, arrays, strings, numbers, booleans, null), as a
 * validated record is: several times quicker than `structuredClone`, which a session paid on
 * every change.
 */
export function copyJson<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copyJson) as T;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = copyJson((value as Record<string, unknown>)[key]);
  return out as T;
}

/** True when `value` passes `schema` and parsing would give it back as it is (nothing stripped); throws when invalid. */
function valid(schema: z.ZodType, value: unknown): boolean {
  const parsed = schema.parse(value);
  return sameJson(parsed, value);
}

/**
 * Validates `next` where it differs from `base`, a record already validated, and returns it as it
 * is (no copy): a turn changes an answer or two and where the person is, and validating and
 * copying the whole record for that cost more than the rest of the write. A changed field is
 * validated whole, except the answer and carer-view maps, whose changed entries are validated one
 * by one. Anything zod would change rather than refuse (a field it does not know, which it strips)
 * sends the whole record through `parse`, whose copy is then returned. Invalid data throws zod's
 * error, as `parse` does.
 */
export function validateChanges(base: PreparationRecord, next: PreparationRecord): PreparationRecord {
  const full = (): PreparationRecord => preparationRecordSchema.parse(next);
  for (const key of Object.keys(next)) if (!(key in shape)) return full();
  for (const field of Object.keys(shape) as Field[]) {
    const before: unknown = base[field];
    const after: unknown = next[field];
    const entry = entryMaps[field];
    if (entry && isPlainObject(after) && typeof before === 'object' && before !== null) {
      // Compared entry by entry, once: equal maps have no entry that differs, so nothing is
      // validated, as when the whole map compared equal first (which read it twice when it did not).
      if (!changedEntriesValid(entry, before as Record<string, unknown>, after)) return full();
      continue;
    }
    if (sameJson(before, after)) continue;
    if (!entry || typeof after !== 'object' || after === null || typeof before !== 'object' || before === null) {
      if (!valid(shape[field], after)) return full();
      continue;
    }
    // A map zod would remake (an array, or an object of another kind) sends the record through parse.
    return full();
  }
  return next;
}

/** A plain object, as zod makes a map: the only kind whose entries are validated one by one. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

/** Whether every entry of `after` that differs from `before`'s passes `entry` unchanged by parsing. */
function changedEntriesValid(
  entry: z.ZodType,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): boolean {
  for (const key in after) {
    if (!Object.prototype.hasOwnProperty.call(after, key)) continue;
    const value = after[key];
    if (!sameJson(before[key], value) && !valid(entry, value)) return false;
  }
  return true;
}
