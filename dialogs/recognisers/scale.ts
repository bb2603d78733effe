import { recognizeNumber } from '@microsoft/recognizers-text-suite';
import type { Question } from '../../content/packs/packSchema';
import { asciiDigits, bare } from '../../plan/normalise';
import { between, fail, ok, type Recognised } from '../../plan/recognised';
import { longestOpening } from './phraseRuns';
import type { Phrases } from './phrases';

const outOfTen = /\s*(?:\/|out of|outta|over|\bo[fn]\b)\s*(?:10|ten)\b/gi;
/** "7 and a half", which recognizers-text reads as 7 and a separate half. */
const fractionAfter = /(\d)\s*(?:and\s+(?:a\s+)?half\b|and\s+a\s+quarter\b|and\s+three\s+quarters\b)/gi;
const fractionDigits = (words: string): string => (/half/i.test(words) ? '.5' : /three/i.test(words) ? '.75' : '.25');
/** A fraction as one character ("½", "⅓", "⅞"), which recognizers-text reads as 0 or not at all. */
const vulgarFraction = /[\u00BC-\u00BE\u2150-\u215E]/gu;
/**
 * A fraction, after a whole number or alone: "7 1/2", "7 and 1/2", "7 1⁄2" (the fraction slash,
 * as "½" is written out). A plain slash counts only after a whole number and only with one digit
 * below, so "12/5" stays a date and "7/10" out of ten.
 */
const fraction = /(?:(\d+)\s+(?:and\s+)?)?(?:(\d{1,2})\s*\u2044\s*(\d{1,2})|(?<=\d\s+(?:and\s+)?)(\d)\/(\d)(?!\d))/gi;

/** `text` with each fraction as a decimal ("7½" is 7.5, "½" 0.5): never dropped, and never a whole number. */
function fractionsAsDecimals(text: string): string {
  return text
    .replace(vulgarFraction, (char) => ` ${char.normalize('NFKC')}`)
    .replace(
      fraction,
      (found: string, whole?: string, top?: string, below?: string, top2?: string, below2?: string) => {
        const [n, d] = [Number(top ?? top2), Number(below ?? below2)];
        if (!(d > 0 && n < d)) return found;
        return String(Number(whole ?? 0) + n / d);
      },
    );
}
/** The keycap ten emoji, one character: "7️⃣" is a digit and a mark, read as 7, but "🔟" held no digit. */
const keycapTen = /\u{1F51F}/gu;
const range = /(-?\d+(?:\.\d+)?)\s*(?:-|–|to|or)\s*(-?\d+(?:\.\d+)?)/i;

/** A number on the scale as typed: digits or a word. */
const numberToken = String.raw`(?:\d+(?:\.\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten)`;
/**
 * A number taken back ("9 not 5", "9 rather than 5"): it was the old answer, never a second
 * choice, so "9 not 5" is 9, not "5 or 9?".
 */
const takenBack = new RegExp(
  String.raw`,?\s*\b(?:not|rather than|instead of)\s+(?:an?\s+)?${numberToken}(?:\s*(?:/|out of)\s*(?:10|ten))?\b`,
  'gi',
);
/** "5ish", "sevenish": about that number, read as it (as "about 5" is). */
const roughly = new RegExp(String.raw`\b(${numberToken})\s*-?\s*ish\b`, 'gi');
/** "70%", "70 per cent": a share of the scale, read in tenths (70% is 7, 75% is between 7 and 8). */
const percent = /\b(\d{1,3})\s*(?:%|per\s*cent\b)/gi;

const month = String.raw`(?:january|jan|february|feb|march|mar|april|apr|may(?!\s*be\b)|june|jun|july|jul|august|aug|september|sept|sep|october|oct|november|nov|december|dec)`;

/**
 * A time or a date, in which recognizers-text still finds numbers: "7:30" gave 7, "12/5" 2.4 and
 * "12.05.2024" 5, each noted as a point on the scale the person never gave.
 */
const timeOrDate = new RegExp(
  [
    // 7pm, 7 a.m., 7 o'clock, 7:30, half past 7, half 7
    String.raw`\d\s*(?:am|pm|a\.m\.|p\.m\.|o'?\s*clock)(?!\w)`,
    String.raw`\d\s*:\s*\d`,
    String.raw`\b(?:half|quarter)\s+(?:past|to)\b`,
    String.raw`\bhalf\s+\d`,
    // 7.30: a time as it is written in the UK. A point with one digit after it ("7.5") is a number.
    String.raw`\b\d{1,2}\.\d{2}\b`,
    // 5-6-2024, 12.05.24, 10/05/24
    String.raw`\b\d{1,4}([./-])\d{1,2}\1\d{1,4}\b`,
    // 12/5 (but 7/10 is out of ten, and 6 1/2 or 6 and 1/2 six and a half)
    String.raw`(?<!\d\s(?:and\s)?)\b\d{1,2}/(?!10\b)\d{1,2}\b`,
    // 5 May, 5th of May, May 5
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${month}\b`,
    String.raw`\b${month}\s+\d{1,2}(?:st|nd|rd|th)?\b`,
  ].join('|'),
  'i',
);

/** A script or style element: its content is code, never words, so it goes whole (to its end, or the text's). */
const codeElement = /<(script|style)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi;
/** A tag with its attributes, or one left open at the end ("<img src=1"). */
const tag = /<\/?[a-z][a-z0-9-]*(?=[\s/>]|$)[^<>]*(?:>|$)/gi;
/** Script or an attribute outside a tag: "javascript:alert(1)", "onerror=alert(2)", 'href="3"'. */
const attributeLike =
  /\b(?:javascript|vbscript|data):\S*|\bon[a-z]+\s*=\s*\S*|\b[a-z][\w-]*\s*=\s*(?:"[^"]*"|'[^']*')/gi;

/**
 * The text with markup taken out: a number in a tag, its attributes or a script is none the person
 * chose ("<script>alert(1)</script>" was noted as 1 out of 10), while one marked up is still
 * theirs ("<b>7</b>" is 7).
 */
function withoutMarkup(text: string): string {
  if (!/[<=:]/.test(text)) return text;
  return text.replace(codeElement, ' ').replace(tag, ' ').replace(attributeLike, ' ');
}

/** A 0–10 question's own words for its ends (`Question.scaleEnds`). */
export type ScaleEnds = NonNullable<Question['scaleEnds']>;

/** The end of the scale `text` names in the question's own words ("not at all" is 0), if it is one. */
function endNamed(text: string, ends: ScaleEnds): 0 | 10 | undefined {
  const said = bare(text);
  if (ends.low.some((words) => bare(words) === said)) return 0;
  return ends.high.some((words) => bare(words) === said) ? 10 : undefined;
}

/**
 * Reads a 0–10 answer as people type it: "7", "seven", "7/10", "7 out of 10", "about 6", "6ish",
 * "70%", "9 not 5" (the number taken back is no answer), "<b>7</b>" (markup is no answer). An
 * answer between two whole numbers ("7.5", "six and a half", "8 or 9", "5-6", "between 5 and 6")
 * is neither of them: it comes back as `between` with the two, so the person is asked which,
 * never given one they did not choose; so is "7½" or "7⅓". "half" or "½" alone is no number on
 * it; nor is a time or a date.
 * recognizers-text reads "7/10" as 0.7 and "8 out of 10" as nothing, so the "out of ten" tail is
 * removed before it sees the text. With `ends`, the question's own words for its ends are those ends.
 */
export function recogniseScale(text: string, locale = 'en-GB', ends?: ScaleEnds): Recognised<number> {
  const typed = asciiDigits(text).replace(keycapTen, '10').trim().slice(0, 200);
  if (typed === '') return fail('empty');
  const end = ends && endNamed(typed, ends);
  if (end !== undefined) return ok(end);
  const trimmed = withoutMarkup(typed).trim();
  if (timeOrDate.test(trimmed)) return fail('not_a_number');
  const cleaned = fractionsAsDecimals(trimmed)
    .replace(percent, (_words: string, share: string) => String(Number(share) / 10))
    .replace(fractionAfter, (words: string, digit: string) => `${digit}${fractionDigits(words)}`)
    .replace(outOfTen, ' ')
    .replace(takenBack, ' ')
    .replace(roughly, '$1')
    .trim();
  const span = range.exec(cleaned);
  const candidates: number[] = [];
  if (span) {
    candidates.push(Number(span[1]), Number(span[2]));
  } else {
    const culture = locale.toLowerCase().startsWith('en') ? 'en-us' : locale;
    for (const result of recognizeNumber(cleaned, culture)) {
      const raw: unknown = (result.resolution as { value?: unknown }).value;
      const value = typeof raw === 'string' ? Number(raw) : NaN;
      if (Number.isFinite(value)) candidates.push(value);
    }
  }
  // "half" or "a quarter" is a share of the scale, not a point on it: rounded down it would note
  // 0, the opposite of what was meant, and 5 is only a guess, so it is asked again.
  const points = candidates.filter((candidate) => candidate <= 0 || candidate >= 1);
  if (points.length === 0) return fail('not_a_number');
  if (points.some((point) => point < 0 || point > 10)) return fail('out_of_range');
  // The whole numbers the answer names: a point between two names both.
  const wholes = [...new Set(points.flatMap((point) => [Math.floor(point), Math.ceil(point)]))].sort((a, b) => a - b);
  if (wholes.length === 1) return ok(wholes[0]);
  if (wholes.length === 2) return between(wholes[0], wholes[1]);
  return fail('not_a_number');
}

/** A number as typed, digits or a word, for `bareScore` to see what else was said. */
const numberAlone = new RegExp(String.raw`\b${numberToken}\b`, 'gi');

/**
 * The point on the scale `text` is when it is only that, a number and nothing more ("9", "nine",
 * "9/10", "9!"); undefined for anything else, words with a number in them included ("walk 3 times").
 */
export function bareScore(text: string, locale = 'en-GB'): number | undefined {
  const read = recogniseScale(text, locale);
  if (!read.ok) return undefined;
  const rest = asciiDigits(text).replace(outOfTen, ' ').replace(numberAlone, ' ');
  return /^[\s.!]*$/.test(rest) ? read.value : undefined;
}

/** A number alone as a word: digits or a number word ("3", "three"). */
const numberWord = new RegExp(String.raw`^${numberToken}$`, 'iu');
/** A fraction typed with a slash ("3/5"), read as "3 out of 5". */
const slashed = /(\d)\s*\/\s*(\d)/gu;

/**
 * Whether a number in `text` is given on another scale: the number goes with an `otherScale` unit
 * straight after it ("3 stars", "4 out of 5", "3/5"). A scale word elsewhere in the reply ("9, I
 * want to be a star grandma again", "9 and a thumbs up from my GP") is no other scale.
 */
export function onOtherScale(text: string, phrases: Phrases): boolean {
  const words = bare(text.replace(slashed, '$1 out of $2')).split(' ');
  return words.some(
    (word, i) =>
      numberWord.test(word) &&
      longestOpening([...words.slice(i + 1), ''], 0, (run) => phrases.is('otherScale', run)) > 0,
  );
}
