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
    if (sameJson(before, after)) continue;
    const entry = entryMaps[field];
    if (!entry || typeof after !== 'object' || after === null || typeof before !== 'object' || before === null) {
      if (!valid(shape[field], after)) return full();
      continue;
    }
    if (Array.isArray(after) || Object.getPrototypeOf(after) !== Object.prototype) return full();
    const old = before as Record<string, unknown>;
    for (const [key, value] of Object.entries(after)) {
      if (!sameJson(old[key], value) && !valid(entry, value)) return full();
    }
  }
  return next;
}
