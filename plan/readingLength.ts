import type { DraftPlan } from './draftPlan';

/**
 * Answers are kept whole (up to tens of thousands of characters); only where a coordinator reads
 * them in Teams, and in the person's own SMS copy, are they cut to a readable length, which also
 * keeps a message inside what Teams accepts. Flags are never cut.
 */

/** The plan with every piece of text longer than `max` characters cut at a word; flags are never cut. */
export function shortenedPlan(plan: DraftPlan, max: number): DraftPlan {
  return { ...cutStrings(plan, max), flags: plan.flags };
}

function cutStrings<T>(value: T, max: number): T {
  if (typeof value === 'string') return cutAtWord(value, max) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => cutStrings(item, max)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cutStrings(v, max)])) as T;
  }
  return value;
}

/**
 * `value` cut to at most `max` characters at the end of a word, marked with an ellipsis when it
 * was cut; a single word longer than the whole allowance is cut inside it.
 */
export function cutAtWord(value: string, max: number): string {
  if (value.length <= max) return value;
  const head = value.slice(0, max);
  const space = head.search(/\s\S*$/);
  // Cut at the last space only when it keeps most of the allowance: one huge word is cut inside.
  const kept = space > max / 2 ? head.slice(0, space) : head;
  return `${kept.replace(/[\s,;:.-]+$/, '')}…`;
}
