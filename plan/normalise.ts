import { remembered } from './remembered';

/**
 * Words already in their normal form: lower-case ASCII letters and digits, one space between
 * words, none at either end. Each step of `normaliseOnce` leaves such a text as it is, and so does
 * taking apostrophes out (it has none): both readings are the text itself. The recognisers ask
 * about runs of words they have already normalised, most of them once only (about 60 new runs a
 * turn), and normalising each again, and remembering it, cost more than the rest of the lookup.
 */
const plainWords = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

const normaliseRemembered = remembered(normaliseOnce, 256);

/** Lower case, straight quotes, no punctuation except apostrophes, single spaces, digits 0–9. */
export const normalise = (text: string): string => (plainWords.test(text) ? text : normaliseRemembered(text));

function normaliseOnce(text: string): string {
  return asciiDigits(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[^\p{L}\p{N}'?\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `normalise` and then without apostrophes, so "don't" and "dont" match alike. */
const bareRemembered = remembered((text) => normalise(text).replace(/'/g, ''), 256);
export const bare = (text: string): string => (plainWords.test(text) ? text : bareRemembered(text));

const decimalDigit = /\p{Nd}/u;
/** A decimal digit of another script than 0–9: the only ones with anything to change. */
const otherDigits = /[^\P{Nd}0-9]/gu;

/**
 * Every decimal digit in any script ("٧" Arabic-Indic, "۷" Eastern, "७" Devanagari) as 0–9, as
 * NFKC already does for a full-width "７": a phone keyboard in another script types them, and
 * they mean the same number. Unicode lays each script's digits out as a run of ten from zero, so a
 * digit's value is how far it stands from the start of its run.
 */
export function asciiDigits(text: string): string {
  // Most texts hold none: read once, and 0–9 never looked up digit by digit.
  otherDigits.lastIndex = 0;
  if (!otherDigits.test(text)) return text;
  return text.replace(otherDigits, (char) => {
    let start = char.codePointAt(0) ?? 0;
    while (decimalDigit.test(String.fromCodePoint(start - 1))) start -= 1;
    return String(((char.codePointAt(0) ?? 0) - start) % 10);
  });
}
