import type { PreparationRecord } from '../plan/record';

/** How many records are kept: well above the conversations a process serves at once. */
const defaultCapacity = 256;

/**
 * Records this process lately read or wrote, each with the exact stored body it came from. A
 * read whose body is that same string (compared in full, so nothing is taken on trust: not an
 * eTag, not a reseal, not a hand edit) gets the record without unsealing, parsing and validating
 * it again. Kept records are shared, so they are never changed in place: a session copies before
 * it changes one. Least recently used first out.
 */
export class RecordCache {
  private readonly entries = new Map<string, { body: string; value: PreparationRecord }>();

  constructor(private readonly capacity: number = defaultCapacity) {}

  /** The record parsed from (or written as) `body`, if kept. */
  get(id: string, body: string): PreparationRecord | undefined {
    const entry = this.entries.get(id);
    if (!entry || entry.body !== body) return undefined;
    this.entries.delete(id);
    this.entries.set(id, entry);
    return entry.value;
  }

  set(id: string, body: string, value: PreparationRecord): void {
    this.entries.delete(id);
    this.entries.set(id, { body, value });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as string);
  }

  delete(id: string): void {
    this.entries.delete(id);
  }

  get size(): number {
    return this.entries.size;
  }
}
