import type { PersonalTarget, RecordResults, ResultCorrection, StoredResult, TargetBand } from './resultSchema';

/** A result on its way into a record, with what came with it. */
export interface IncomingResult {
  result: StoredResult;
  /** The person's own target, set by their care team. */
  target?: TargetBand;
  /** Marked to be talked through in person. */
  inPerson: boolean;
}

/** How an incoming result stands against those already held. */
export type Standing = 'new' | 'duplicate' | 'replaces' | 'conflicts';

/**
 * The same result (same measure, time and value) again is a duplicate; another value for the
 * same measure and time replaces the old one only when it says it corrects it, and otherwise
 * conflicts: two different numbers for one test must never both be shown.
 */
export function standing(held: readonly StoredResult[], incoming: StoredResult): Standing {
  if (held.some((r) => r.id === incoming.id)) return 'duplicate';
  const same = held.some((r) => r.measure === incoming.measure && r.at === incoming.at);
  if (!same) return 'new';
  return incoming.status === 'corrected' || incoming.status === 'amended' ? 'replaces' : 'conflicts';
}

/**
 * The record's results with `incoming` added: duplicates and conflicts left out, corrections put
 * in place of what they correct (what they said before is kept, to tell the person), a care
 * team's target recorded as the person's own, and results marked for a face-to-face talk noted.
 * Results stay in time order.
 */
export function mergeResults(results: RecordResults, incoming: readonly IncomingResult[], at: string): RecordResults {
  let items = [...results.items];
  const targets = { ...results.targets };
  const inPerson = new Set(results.inPerson);
  const corrections: ResultCorrection[] = [...(results.corrections ?? [])];
  for (const item of incoming) {
    const how = standing(items, item.result);
    if (how === 'duplicate' || how === 'conflicts') continue;
    if (how === 'replaces') {
      const { measure, at: measured, value } = item.result;
      for (const old of items.filter((r) => r.measure === measure && r.at === measured))
        corrections.push({ measure, at: measured, wasId: old.id, was: old.value, now: value, correctedAt: at });
      items = items.filter((r) => !(r.measure === measure && r.at === measured));
    }
    items.push(item.result);
    if (item.target)
      targets[item.result.measure] = { ...item.target, setBy: item.result.from, at } satisfies PersonalTarget;
    if (item.inPerson) inPerson.add(item.result.measure);
  }
  items.sort((a, b) => a.at.localeCompare(b.at) || a.measure.localeCompare(b.measure));
  return {
    ...results,
    items,
    targets,
    inPerson: [...inPerson],
    ...(corrections.length > 0 ? { corrections } : {}),
  };
}
