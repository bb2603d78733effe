import { remembered } from './remembered';

/** Lower case, straight quotes, no punctuation except apostrophes, single spaces, digits 0–9. */
export const normalise: (text: string) => string = remembered(normaliseOnce, 256);

function normaliseOnce(text: string): string {
  return asciiDigits(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[^\p{L}\p{N}'?\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `normalise` and then without apostrophes, so "don't" and "dont" match alike. */
export const bare: (text: string) => string = remembered((text) => normalise(text).replace(/'/g, ''), 256);

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
