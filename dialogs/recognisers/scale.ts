import { recognizeNumber } from '@microsoft/recognizers-text-suite';
import { fail, ok, type Recognised } from '../../plan/recognised';

const outOfTen = /\s*(?:\/|out of|outta|over)\s*(?:10|ten)\b/gi;
const range = /(-?\d+(?:\.\d+)?)\s*(?:-|–|to|or)\s*(-?\d+(?:\.\d+)?)/i;

/**
 * Reads a 0–10 answer as people type it: "7", "seven", "7/10", "7 out of 10", "about 6",
 * "8 or 9" (the lower), "six and a half" (rounded down); "half" alone is no number on it.
 * recognizers-text reads "7/10" as 0.7 and "8 out of 10" as nothing, so the "out of ten" tail is
 * removed before it sees the text.
 */
export function recogniseScale(text: string, locale = 'en-GB'): Recognised<number> {
  const cleaned = text.trim().slice(0, 200).replace(outOfTen, ' ').trim();
  if (cleaned === '') return fail('empty');
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
  const value = Math.floor(Math.min(...points));
  if (value < 0 || value > 10) return fail('out_of_range');
  return ok(value);
}
