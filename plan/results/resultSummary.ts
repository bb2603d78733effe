import type { RecordResults, StoredResult, TargetBand } from './resultSchema';
import {
  positionOf,
  targetFor,
  type LowerThanUsual,
  type Position,
  type ServiceTargets,
  type TargetChoice,
} from './targets';
import type { TargetFromResult } from './targetRules';

/** What the summary needs to know of a measure (the catalogue's `Measure` fits). */
export interface MeasureRules {
  id: string;
  kind: 'quantity' | 'pair' | 'coded' | 'score';
  /** Changes this small or smaller are "about the same". */
  sameWithin: number;
  target?: TargetBand & { source: string };
  /** The usual target from an age on (blood pressure from 80). */
  targetFromAge?: TargetBand & { age: number; source: string };
  /** The usual target while another result is at or over a value (blood pressure with an ACR of 70 or more). */
  targetFromResult?: TargetFromResult;
  /** Lower than usual for anyone, whichever target applies. */
  lowerThanUsual?: LowerThanUsual;
}

/**
 * Which way a result moved since the one before. `unclear`: one of the two is a bound (">90"),
 * and the other lies within it, so it may have gone either way.
 */
export type Direction = 'first' | 'up' | 'down' | 'same' | 'changed' | 'unclear';

/** One measure's results, ready to describe: now, last time, which way, and against which target. */
export interface ResultSummary {
  measure: string;
  latest: StoredResult;
  previous?: StoredResult;
  /** Every result for the measure, oldest first (for the chart). */
  history: StoredResult[];
  direction: Direction;
  target?: TargetChoice;
  position?: Position;
  /**
   * Where the value sits against the target under the age and from it, when the two differ (the
   * person's age is not known); `position` is then absent.
   */
  positionByAge?: { age: number; under: Position; from: Position };
  /** The team wants to talk it through in person: named, never explained. */
  inPerson: boolean;
}

/** The most results a chart and a description go back over. */
export const maxHistory = 6;

/**
 * The record's results by measure, in the catalogue's order, each with its latest and previous
 * value, the way it moved and the target that applies to this person. Measures the catalogue
 * does not know are left out, never guessed at.
 */
export function summariseResults(
  results: RecordResults,
  measures: readonly MeasureRules[],
  service: ServiceTargets,
): ResultSummary[] {
  const summaries: ResultSummary[] = [];
  for (const measure of measures) {
    const history = results.items
      .filter((r) => r.measure === measure.id)
      .sort((a, b) => a.at.localeCompare(b.at))
      .slice(-maxHistory);
    const latest = history.at(-1);
    if (!latest) continue;
    const previous = history.at(-2);
    const target = targetFor(measure, results, service, latest.at);
    const position = target ? positionOf(latest.value, target.band, measure.lowerThanUsual) : undefined;
    const older = target?.fromAge;
    const fromAge = older ? positionOf(latest.value, older.band, measure.lowerThanUsual) : undefined;
    const byAge = older && position && fromAge && fromAge !== position;
    summaries.push({
      measure: measure.id,
      latest,
      previous,
      history,
      direction: previous ? directionOf(previous, latest, measure.sameWithin) : 'first',
      target,
      // Said only as far as it holds at any age; else for each age, never one assumed.
      position: older && fromAge !== position ? undefined : position,
      ...(byAge ? { positionByAge: { age: older.age, under: position, from: fromAge } } : {}),
      inPerson: results.inPerson.includes(measure.id),
    });
  }
  return summaries;
}

function directionOf(before: StoredResult, now: StoredResult, sameWithin: number): Direction {
  const a = before.value;
  const b = now.value;
  const step = (x: number, y: number): Direction => (Math.abs(y - x) <= sameWithin ? 'same' : y > x ? 'up' : 'down');
  if (a.kind === 'coded' || b.kind === 'coded')
    return a.kind === 'coded' && b.kind === 'coded' && a.code === b.code ? 'same' : 'changed';
  if (a.kind === 'number' && b.kind === 'number')
    return a.comparator || b.comparator ? boundStep(a, b, sameWithin) : step(a.value, b.value);
  if (a.kind === 'pair' && b.kind === 'pair') {
    const top = step(a.first, b.first);
    const bottom = step(a.second, b.second);
    if (top === bottom) return top;
    if (top === 'same') return bottom;
    if (bottom === 'same') return top;
    return 'changed';
  }
  return 'changed';
}

type NumberValue = Extract<StoredResult['value'], { kind: 'number' }>;

/** The values a number may be: itself, or all those past its bound (">90" is 90 and up). */
const spanOf = (v: NumberValue): [number, number] =>
  v.comparator === '>' || v.comparator === '>='
    ? [v.value, Infinity]
    : v.comparator === '<' || v.comparator === '<='
      ? [-Infinity, v.value]
      : [v.value, v.value];

/** Up or down only when every value `now` may be is past every value `before` may have been. */
function boundStep(before: NumberValue, now: NumberValue, sameWithin: number): Direction {
  if (before.comparator === now.comparator && before.value === now.value) return 'same';
  const [lowBefore, highBefore] = spanOf(before);
  const [lowNow, highNow] = spanOf(now);
  if (lowNow > highBefore + sameWithin) return 'up';
  if (highNow < lowBefore - sameWithin) return 'down';
  return 'unclear';
}
