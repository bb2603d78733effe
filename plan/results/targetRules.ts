import type { RecordResults, ResultValue, StoredResult, TargetBand } from './resultSchema';

/**
 * A usual target that holds while another result is at or over a value (blood pressure below
 * 130/80 while the kidney urine test, ACR, is 70 mg/mmol or more: NICE NG203), with its source.
 */
export type TargetFromResult = TargetBand & { measure: string; atLeast: number; source: string };

/**
 * The person's date of birth, when the results that gave one all gave the same; undefined when
 * none did, or two differ (then neither is trusted, and no age is assumed).
 */
export function knownBirthDate(results: RecordResults): string | undefined {
  const given = new Set(results.items.flatMap((r) => (r.born === undefined ? [] : [r.born])));
  return given.size === 1 ? [...given][0] : undefined;
}

const ukDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' });

/**
 * Age in whole years on the UK day of `at`: a year more from the birthday itself (someone born on
 * 29 February is a year older from 1 March in a year without one).
 */
export function ageOn(born: string, at: string): number {
  const [by, bm, bd] = born.split('-').map(Number);
  const [y, m, d] = ukDate.format(new Date(at)).split('-').map(Number);
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/**
 * True when the latest result of the rule's measure is at or over its value: a bound counts only
 * when every value past it is (">70" is; ">65" and "<80" are not).
 */
export function resultRuleHolds(rule: TargetFromResult, results: RecordResults): boolean {
  const latest = results.items
    .filter((r) => r.measure === rule.measure)
    .reduce<StoredResult | undefined>((a, b) => (a === undefined || b.at > a.at ? b : a), undefined);
  return latest !== undefined && atLeast(latest.value, rule.atLeast);
}

function atLeast(value: ResultValue, line: number): boolean {
  if (value.kind !== 'number') return false;
  if (value.comparator === '<' || value.comparator === '<=') return false;
  return value.value >= line;
}
