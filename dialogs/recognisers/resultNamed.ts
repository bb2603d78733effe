import { bare } from '../../plan/normalise';
import type { Phrases } from './phrases';

/** A message's bare words, question marks gone: asked as a question or not, it says the same. */
export const saidWords = (text: string): string[] => bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);

/**
 * The names a person may call a result by, as bare words, from its name in the catalogue: the
 * whole name, the name without its part in brackets, and that part alone ("Kidney blood test
 * (eGFR)": "kidney blood test egfr", "kidney blood test", "egfr").
 */
export function resultNames(name: string): string[] {
  const inBrackets = /\(([^)]*)\)/g;
  const forms = [name, name.replace(inBrackets, ' '), ...[...name.matchAll(inBrackets)].map((match) => match[1])];
  return [...new Set(forms.map((form) => bare(form)).filter(Boolean))];
}

/** Every name a person may call `measure` by, as bare words: its own (`resultNames`) and its `askedAs` words. */
export function measureNames(measure: { name: string; askedAs: readonly string[] }): string[] {
  return [...new Set([...resultNames(measure.name), ...measure.askedAs.map((word) => bare(word)).filter(Boolean)])];
}

/**
 * A value as it may be typed, as bare words: with its unit ("75 mmol mol", "150 95 mmhg") and, when
 * it opens with numbers, those numbers alone ("75", "150 95").
 */
export function valueForms(shown: string): string[] {
  const words = bare(shown).split(' ').filter(Boolean);
  const leading = words.slice(
    0,
    Math.max(
      0,
      words.findIndex((word) => !/^\d+$/.test(word)),
    ),
  );
  const numbers = words.every((word) => /^\d+$/.test(word)) ? words : leading;
  return [...new Set([words.join(' '), numbers.join(' ')].filter(Boolean))];
}

/** Where `term` (bare words) starts at `at` in `words`, how many words it takes; else 0. */
function termAt(words: readonly string[], at: number, terms: readonly string[]): number {
  let longest = 0;
  for (const term of terms) {
    const parts = term.split(' ');
    if (parts.length > longest && parts.every((part, i) => words[at + i] === part)) longest = parts.length;
  }
  return longest;
}

/**
 * `words` with each result named in `terms` (its name or the value shown, `resultNames` and
 * `valueForms`) said as "that", with an owner word before it ("is my HbA1c bad": "is that bad").
 */
export function namedAsThat(words: readonly string[], terms: readonly string[], phrases: Phrases): string[] {
  const said: string[] = [];
  for (let at = 0; at < words.length;) {
    const taken = termAt(words, at, terms);
    if (taken === 0) {
      said.push(words[at]);
      at += 1;
      continue;
    }
    if (said.length > 0 && phrases.is('owner', said[said.length - 1])) said.pop();
    said.push('that');
    at += taken;
  }
  return said;
}

/**
 * Whose a result may be said to be, as bare words, from the person's name as given (the record's):
 * "Jean" gives "jeans" ("Jean's", the apostrophe gone) and "jean"; a name of more words also its first
 * word's ("Mary Ann": "mary anns", "mary ann", "marys").
 */
export function resultOwners(name: string | undefined): string[] {
  const whole = name === undefined ? '' : bare(name);
  if (whole === '') return [];
  const [first] = whole.split(' ');
  return [...new Set([`${whole}s`, whole, `${first}s`])];
}

/** The most parts said between "what does" and a result's name, whose it is ("my" "mum's"). */
const mostOwnerParts = 2;

/** Whether `between` says only whose a result is: `owner` words and `whose` names, at most `mostOwnerParts`. */
function ownedBy(between: readonly string[], whose: readonly string[], phrases: Phrases): boolean {
  let parts = 0;
  for (let at = 0; at < between.length; parts++) {
    const taken = phrases.is('owner', between[at]) ? 1 : termAt(between, at, whose);
    if (taken === 0) return false;
    at += taken;
  }
  return parts <= mostOwnerParts;
}

/** How a result is asked about, beyond its names: whose (`resultOwners`), and whether it is the one shown. */
export interface AskedOf {
  /** Whose it may be said to be ("jeans"); "my", "her" and the other `owner` words always. */
  whose?: readonly string[];
  /** The result shown now: "my result", "the number" (`thisResult`) name it too. */
  shown?: boolean;
}

/**
 * Whether a message asks what a result is, by one of its `names` ("what does HbA1c mean", "what's
 * eGFR?", "what is cholesterol"): `resultMeaningBefore` words, whose it is if said ("her", "Jean's":
 * `owner` words and `whose`), the name (or, for the result `shown`, a `thisResult` word: "what does
 * my result mean"), then nothing or `resultMeaningAfter` words. "What does my HbA1c mean for me"
 * asks what it means for them: no.
 */
export function asksWhatResultIs(
  text: string,
  names: readonly string[],
  phrases: Phrases,
  { whose = [], shown = false }: AskedOf = {},
): boolean {
  const words = saidWords(text);
  const owned = (between: readonly string[]): boolean => ownedBy(between, whose, phrases);
  return words.some((_, at) => {
    const taken = at > 0 ? Math.max(termAt(words, at, names), shown ? thisResultAt(words, at, phrases) : 0) : 0;
    if (taken === 0) return false;
    const asks = words.some(
      (__, from) =>
        from > 0 &&
        from <= at &&
        phrases.is('resultMeaningBefore', words.slice(0, from).join(' ')) &&
        owned(words.slice(from, at)),
    );
    if (!asks) return false;
    const after = words.slice(at + taken).join(' ');
    return after === '' || phrases.is('resultMeaningAfter', after);
  });
}

/** The most words a `thisResult` phrase takes ("test result"). */
const longestThisResult = 3;

/** How many words a `thisResult` phrase takes at `at` in `words`, the longest; else 0. */
function thisResultAt(words: readonly string[], at: number, phrases: Phrases): number {
  for (let take = Math.min(longestThisResult, words.length - at); take > 0; take--)
    if (phrases.is('thisResult', words.slice(at, at + take).join(' '))) return take;
  return 0;
}
