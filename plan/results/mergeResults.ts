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
 * The same result (same measure, time and value) again is a duplicate, as is the same value for
 * the same test sent with a date alone and with its time; another value for the same test replaces the old one only when it says it corrects it, and otherwise
 * conflicts: two different numbers for one test must never both be shown.
 */
export function standing(held: readonly StoredResult[], incoming: StoredResult): Standing {
  if (held.some((r) => r.id === incoming.id)) return 'duplicate';
  const same = held.filter((r) => sameTest(r, incoming));
  if (same.length === 0) return 'new';
  if (same.some((r) => JSON.stringify(r.value) === JSON.stringify(incoming.value))) return 'duplicate';
  return incoming.status === 'corrected' || incoming.status === 'amended' ? 'replaces' : 'conflicts';
}

/** A date sent without a time is kept as midnight UTC (`coordination/readObservation.ts`). */
const dateOnly = (at: string): boolean => at.endsWith('T00:00:00.000Z');
const ukDay = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', dateStyle: 'short' });

/**
 * One test: the same measure at the same time, or on the same UK day when either came with a date
 * alone (typed in Teams, say, and sent again by the laboratory with its time).
 */
export function sameTest(a: Pick<StoredResult, 'measure' | 'at'>, b: Pick<StoredResult, 'measure' | 'at'>): boolean {
  if (a.measure !== b.measure) return false;
  if (a.at === b.at) return true;
  return (dateOnly(a.at) || dateOnly(b.at)) && ukDay.format(new Date(a.at)) === ukDay.format(new Date(b.at));
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
      for (const old of items.filter((r) => sameTest(r, item.result)))
        corrections.push({ measure, at: measured, wasId: old.id, was: old.value, now: value, correctedAt: at });
      items = items.filter((r) => !sameTest(r, item.result));
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
