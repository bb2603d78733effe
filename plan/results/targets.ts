import type { RecordResults, ResultValue, TargetBand } from './resultSchema';
import { ageOn, knownBirthDate, resultRuleHolds, type TargetFromResult } from './targetRules';

/** A target with where it comes from, in the order one wins over another. */
export interface TargetChoice {
  band: TargetBand;
  /** `personal`: set by the person's care team; `service`: this service's; `usual`: the catalogue's. */
  from: 'personal' | 'service' | 'usual';
  /** The guideline or sheet it comes from (absent for a personal target). */
  source?: string;
  /**
   * The usual target from an age on (`usual` only): the person's age is not known, so `band` is the
   * target under `age`, and this one from it.
   */
  fromAge?: { age: number; band: TargetBand; source: string };
  /** The usual target chosen by the person's known age (`older`: the one from `age` on). */
  forAge?: { age: number; older: boolean };
  /** The usual target chosen by another result (`TargetFromResult`: an ACR of 70 mg/mmol or more). */
  forResult?: { measure: string; atLeast: number };
}

/** Targets a service sets in place of the usual ones (`CAREPREP_RESULT_TARGETS`), by measure id. */
export type ServiceTargets = Readonly<Record<string, TargetBand & { source: string }>>;

/**
 * The target shown for a measure: the person's own (set by their care team) wins, then the
 * service's, then the usual one from the catalogue: the one another result calls for where it
 * does (`targetFromResult`), else, where it changes at an age, the one for the person's age on
 * the day of the reading `at` when a Patient gave their date of birth, or both when it is not
 * known (never one assumed). Undefined when none is known: no target is ever made up.
 */
export function targetFor(
  measure: {
    id: string;
    target?: TargetBand & { source: string };
    targetFromAge?: TargetBand & { age: number; source: string };
    targetFromResult?: TargetFromResult;
  },
  results: RecordResults,
  service: ServiceTargets,
  at?: string,
): TargetChoice | undefined {
  const personal = results.targets[measure.id];
  if (personal) return { band: bandOnly(personal), from: 'personal' };
  const override = service[measure.id];
  if (override) return { band: bandOnly(override), from: 'service', source: override.source };
  if (!measure.target) return undefined;
  const byResult = measure.targetFromResult;
  if (byResult && resultRuleHolds(byResult, results))
    return {
      band: bandOnly(byResult),
      from: 'usual',
      source: byResult.source,
      forResult: { measure: byResult.measure, atLeast: byResult.atLeast },
    };
  const usual: TargetChoice = { band: bandOnly(measure.target), from: 'usual', source: measure.target.source };
  const older = measure.targetFromAge;
  if (!older) return usual;
  const born = knownBirthDate(results);
  if (born !== undefined && at !== undefined) {
    const isOlder = ageOn(born, at) >= older.age;
    const chosen = isOlder ? { band: bandOnly(older), source: older.source } : usual;
    return { ...chosen, from: 'usual', forAge: { age: older.age, older: isOlder } };
  }
  return { ...usual, fromAge: { age: older.age, band: bandOnly(older), source: older.source } };
}

function bandOnly(band: TargetBand): TargetBand {
  const { low, high, lowSecond, highSecond, lowOpen, highOpen } = band;
  return Object.fromEntries(
    Object.entries({ low, high, lowSecond, highSecond, lowOpen, highOpen }).filter(([, v]) => v !== undefined),
  );
}

/**
 * Where a value sits against a band: a fact to say, never a judgement. `lowerThanUsual`: far below
 * what is usual for anyone (`LowerThanUsual`), though a target with only an upper limit would hold it.
 */
export type Position = 'below' | 'inside' | 'above' | 'lowerThanUsual';

/**
 * Where a measure's values are lower than usual for anyone, whatever the target: a target that is
 * only an upper limit ("below 140/90") would otherwise call 85/45 inside it. For a pair, `belowSecond`
 * is the second number's.
 */
export interface LowerThanUsual {
  below: number;
  belowSecond?: number;
}

/**
 * The position of a value against a band; for a pair, above when either number is, below when either
 * is. A value the band would call inside is lower than usual when either number is under `floor`.
 */
export function positionOf(value: ResultValue, band: TargetBand, floor?: LowerThanUsual): Position | undefined {
  if (value.kind === 'coded') return undefined;
  const one = (v: number, low?: number, high?: number): Position => {
    if (high !== undefined && (band.highOpen ? v >= high : v > high)) return 'above';
    if (low !== undefined && (band.lowOpen ? v <= low : v < low)) return 'below';
    return 'inside';
  };
  const under = (v: number, line?: number): boolean => line !== undefined && v < line;
  if (value.kind === 'number') {
    // ">90" against "90 or more" is inside; a comparator never moves a value across a line by guessing.
    if (value.comparator) return boundPosition(value.value, value.comparator, band, floor);
    const position = one(value.value, band.low, band.high);
    return position === 'inside' && under(value.value, floor?.below) ? 'lowerThanUsual' : position;
  }
  const first = one(value.first, band.low, band.high);
  const second = one(value.second, band.lowSecond, band.highSecond);
  if (first === 'above' || second === 'above') return 'above';
  if (first === 'below' || second === 'below') return 'below';
  if (under(value.first, floor?.below) || under(value.second, floor?.belowSecond)) return 'lowerThanUsual';
  return 'inside';
}

/**
 * Where a bound (">90", "<3") sits: only where every value past it would sit; undefined when they
 * could fall either side of a line ("<5" against "below 3"), so nothing is said of it.
 */
function boundPosition(
  v: number,
  comparator: '<' | '<=' | '>=' | '>',
  band: TargetBand,
  floor?: LowerThanUsual,
): Position | undefined {
  const strict = comparator === '<' || comparator === '>';
  if (comparator === '>' || comparator === '>=') {
    if (band.high !== undefined && (band.highOpen || strict ? v >= band.high : v > band.high)) return 'above';
    if (band.high !== undefined) return undefined;
    const lowKept = band.low === undefined || (band.lowOpen && !strict ? v > band.low : v >= band.low);
    return lowKept && (floor === undefined || v >= floor.below) ? 'inside' : undefined;
  }
  if (band.low !== undefined && (band.lowOpen || strict ? v <= band.low : v < band.low)) return 'below';
  if (band.low !== undefined) return undefined;
  const highKept = band.high === undefined || (band.highOpen && !strict ? v < band.high : v <= band.high);
  if (!highKept) return undefined;
  if (floor === undefined) return 'inside';
  return (strict ? v <= floor.below : v < floor.below) ? 'lowerThanUsual' : undefined;
}
