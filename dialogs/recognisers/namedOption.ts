/**
 * Which option of a list one part of a reply names: by a name or the start of one, with a small
 * typo, among the words of a longer part, or by its number in the list.
 */
import { recognizeNumber } from '@microsoft/recognizers-text-suite';
import type { Option } from '../../content/packs/packSchema';
import { bare } from '../../plan/normalise';
import { doubts } from './doubt';
import type { Phrases } from './phrases';
import { closeEnough } from './spelling';

/**
 * Each option's names, cleaned once: an answer to a list cleaned every name of every option for
 * each part of it, on every answer. Options are content, never changed once loaded.
 */
const cleanedNames = new WeakMap<Option, { names: readonly string[]; whole: readonly string[] }>();

function cleaned(o: Option): { names: readonly string[]; whole: readonly string[] } {
  let kept = cleanedNames.get(o);
  if (kept === undefined) {
    const names = [o.label, o.id, ...o.synonyms].map(bare);
    kept = { names, whole: [...names, ...(o.wholeAnswers ?? []).map(bare)] };
    cleanedNames.set(o, kept);
  }
  return kept;
}

/** An option's label, id and synonyms, cleaned. */
export const namesOf = (o: Option): readonly string[] => cleaned(o).names;
/** Names that count only as the whole answer, as well as the usual ones. */
export const wholeNamesOf = (o: Option): readonly string[] => cleaned(o).whole;

/**
 * Whether `part` is the start of `name` as a name is cut short ("breath", "diab"). Among other
 * words (`inWords`) only a word cut inside, of four letters or more: there "can" in "can I do it
 * later" is no Cancer, nor "high" or "blood" the start of "high blood pressure" or "blood sugar".
 */
function startOf(part: string, name: string, inWords: boolean): boolean {
  if (!name.startsWith(part)) return false;
  return !inWords || (part.length >= 4 && name.length > part.length && !/\s/u.test(name[part.length]));
}

/**
 * The option `part` names: exactly, as the start of a name ("breath"), or with a typo. With
 * `within`, a name among the words of a longer part counts too (single choices, read whole);
 * `inWords` says `part` is a few words of a longer reply (see `startOf`).
 */
export function matchOne(
  part: string,
  options: readonly Option[],
  within?: Phrases,
  inWords = false,
): Option | undefined {
  const exact = options.find((o) => wholeNamesOf(o).includes(part));
  if (exact) return exact;
  if (part.length >= 3) {
    const partial = options.find((o) => namesOf(o).some((w) => startOf(part, w, inWords)));
    if (partial) return partial;
    const among = within ? namedAmong(part, options, within) : [];
    // Two parts named in one reply ("not happy with my goals" names "happy" and "goals") say no
    // one of them for sure: the first in the list was taken, ending a review meant to change.
    if (among.length > 0) return among.length === 1 ? among[0] : undefined;
  }
  return part.length >= 4 ? options.find((o) => namesOf(o).some((w) => closeEnough(part, w))) : undefined;
}

/**
 * The options named among the words of a longer `part`. A name that is also a word said around
 * picks (`filler`: "about" in "not sure about the goals") gives way to any other name there, though
 * alone it names its option ("my husband"); said with doubt it names nothing ("I'm not sure about
 * it": the "about" is the doubt's), and the doubt is what is left to answer. A name denied, or one
 * that says all is well with an exception after it, names nothing (`standsAmong`).
 */
function namedAmong(part: string, options: readonly Option[], phrases: Phrases): Option[] {
  const named = (name: (w: string) => boolean): Option[] =>
    options.filter((o) => namesOf(o).some((w) => w.length >= 4 && name(w) && standsAmong(part, w, o, phrases)));
  const plain = named((w) => !phrases.is('filler', w));
  return plain.length > 0 || doubts(part, phrases) ? plain : named(() => true);
}

/**
 * Whether `name`, one of `option`'s, stands among the words of `part` as a pick: somewhere with no
 * `nameDenied` words straight before it ("not happy with it", "it isn't fine"), and, for an option
 * that says all is well (`unqualified`), with no `nameExcept` words after it ("fine except the
 * walking bit"). Either way the reply says it is not that option, however plainly the name is there.
 */
function standsAmong(part: string, name: string, option: Option, phrases: Phrases): boolean {
  const words = part.split(' ');
  const length = name.split(' ').length;
  for (let at = 0; at + length <= words.length; at++) {
    if (words.slice(at, at + length).join(' ') !== name) continue;
    const denied = Array.from({ length: Math.min(longestDenial, at) }, (_, i) => words.slice(at - i - 1, at).join(' '));
    if (denied.some((before) => phrases.is('nameDenied', before))) continue;
    if (option.unqualified && phrases.within('nameExcept', words.slice(at + length).join(' '))) continue;
    return true;
  }
  return false;
}

/** The most words a `nameDenied` phrase has. */
const longestDenial = 3;

/** The whole number a word stands for, typed as digits ("3") or as a word ("three"), the library's way. */
export function numberIn(word: string, locale: string): number | undefined {
  const part = word.toLowerCase();
  if (/^\d+$/.test(part)) return Number(part);
  if (!/^\p{L}+$/u.test(part)) return undefined;
  const culture = locale.toLowerCase().startsWith('en') ? 'en-us' : locale;
  const [first] = recognizeNumber(part, culture);
  const raw: unknown = first && first.text === part ? (first.resolution as { value?: unknown }).value : undefined;
  const value = typeof raw === 'string' ? Number(raw) : NaN;
  return Number.isInteger(value) ? value : undefined;
}

/** The option a number names ("3", "three"). */
export function byNumber(part: string, options: readonly Option[], locale: string): Option | undefined {
  const value = numberIn(part, locale);
  return value === undefined ? undefined : options[value - 1];
}
