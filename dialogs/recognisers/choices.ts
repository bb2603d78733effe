import type { Option } from '../../content/packs/packSchema';
import { bare } from './normalise';
import type { Phrases } from './phrases';
import { fail, ok, type Recognised } from './result';

const numbersOnly = /^[\d\s,;&+/.-]*(?:\s(?:and|or|&)\s[\d\s,;&+/.-]*)*$/i;
const separators = /\s*(?:,|;|&|\+|\/|\band\b|\bor\b|\balso\b|\bplus\b)\s*/i;

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}

function matchOne(part: string, options: readonly Option[]): Option | undefined {
  const words = (o: Option): string[] => [o.label, o.id, ...o.synonyms].map(bare);
  const exact = options.find((o) => words(o).includes(part));
  if (exact) return exact;
  if (part.length >= 3) {
    const partial = options.find((o) =>
      words(o).some((w) => w.startsWith(part) || (w.length >= 4 && part.includes(w))),
    );
    if (partial) return partial;
  }
  if (part.length >= 5) {
    const tolerance = part.length >= 8 ? 2 : 1;
    return options.find((o) => words(o).some((w) => distance(part, w) <= tolerance));
  }
  return undefined;
}

/**
 * Reads picks from a list by number ("1, 3 and 5", "1 3 5"), by name or part of a name
 * ("pain and sleep", "breath"), with small typos forgiven. `none` is an empty pick when allowed.
 */
export function recogniseChoices(
  text: string,
  options: readonly Option[],
  phrases: Phrases,
  rules: { multiple: boolean; max?: number; allowNone?: boolean },
): Recognised<string[]> {
  const input = text.trim().slice(0, 500);
  if (input === '') return fail('empty');
  if (rules.allowNone && phrases.is('none', input)) return ok([]);
  const picked: string[] = [];
  const add = (option: Option | undefined): boolean => {
    if (!option) return false;
    if (!picked.includes(option.id)) picked.push(option.id);
    return true;
  };
  if (numbersOnly.test(input)) {
    const numbers = input.match(/\d+/g) ?? [];
    for (const n of numbers) if (!add(options[Number(n) - 1])) return fail('out_of_range');
  } else {
    // A whole-message match only counts when exact, so "diabetes and joints" is read as two picks.
    const whole = bare(input);
    const exact = options.find((o) => [o.label, o.id, ...o.synonyms].map(bare).includes(whole));
    if (exact) add(exact);
    else {
      for (const raw of input.split(separators)) {
        const part = bare(raw);
        if (part === '') continue;
        const byNumber = /^\d+$/.test(part) ? options[Number(part) - 1] : undefined;
        if (!add(byNumber ?? matchOne(part, options))) return fail('not_understood');
      }
    }
  }
  if (picked.length === 0) return fail('not_understood');
  if (!rules.multiple && picked.length > 1) return fail('too_many');
  if (rules.max !== undefined && picked.length > rules.max) return fail('too_many');
  return ok(picked);
}
