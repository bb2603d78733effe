import { fail, ok, type Recognised } from '../../plan/recognised';
import type { Phrases } from './phrases';

/**
 * A part that is one range and nothing else: two whole words (digits or a number word) with a dash
 * or a word between them ("1-3", "2 – 4", "one to three").
 */
const wholeRange = /^([\p{L}\p{N}]+)(?:\s*[-–—]+\s*|\s+(\p{L}+)\s+)([\p{L}\p{N}]+)$/u;

/**
 * `text` with each range of option numbers written out ("1-3" is "1, 2, 3"), so every number in
 * between is picked and not only the two ends. A range joins two numbers with a dash or a word of
 * the `rangeTo` list, and is read only where it is a whole part of the reply, between `separators`
 * ("falls and 1-2"), or after words that leave it out ("all but 1-4"): beside other words it says
 * how long or when ("tired 24-7", "mood from 2 to 4 weeks") and is left as said. One running
 * backwards ("3-1"), or past either end of a list of `count` options, is out of range where the
 * reply is nothing but numbers, so it is asked again rather than guessed at; among words
 * ("tiredness, 24-7") it is left as said too.
 *
 * @param numberOf the whole number a word or digits stand for, if any ("three", "3").
 * @param separators what parts of a reply are split at (",", "and").
 */
export function spelledOutRanges(
  text: string,
  count: number,
  phrases: Phrases,
  numberOf: (word: string) => number | undefined,
  separators: RegExp,
): Recognised<string> {
  // Split with the separators kept (at odd places), so the reply is put back as it was typed.
  const pieces = text.split(new RegExp(`(${separators.source})`, separators.flags));
  const ranges = pieces.map((piece, i) => (i % 2 === 0 ? rangeIn(piece.trim(), phrases, numberOf) : undefined));
  const numbersOnly = pieces.every(
    (piece, i) => i % 2 === 1 || piece.trim() === '' || ranges[i] !== undefined || numberOf(piece.trim()) !== undefined,
  );
  const fits = ({ low, high }: Range): boolean => low >= 1 && high <= count && low <= high;
  if (numbersOnly && ranges.some((range) => range !== undefined && !fits(range))) return fail('out_of_range');
  const out = pieces.map((piece, i) => {
    const range = ranges[i];
    if (range === undefined || !fits(range)) return piece;
    const numbers = Array.from({ length: range.high - range.low + 1 }, (_, n) => String(range.low + n));
    return `${range.lead}${numbers.join(', ')}`;
  });
  return ok(out.join(''));
}

/** A range found as a whole part: its two ends, and the words that leave it out said before it. */
interface Range {
  low: number;
  high: number;
  /** A `leaveOut` phrase before the range ("all but "), kept as said; "" when none. */
  lead: string;
}

/** The most words a `leaveOut` phrase has ("send everything except for"), and more. */
const longestLead = 4;

/**
 * The range `part` is as a whole, or after a phrase that leaves it out ("all but 1-4"); undefined
 * when it is no range.
 */
function rangeIn(part: string, phrases: Phrases, numberOf: (word: string) => number | undefined): Range | undefined {
  const words = part.split(/\s+/);
  for (let size = 0; size <= Math.min(longestLead, words.length - 1); size++) {
    const lead = words.slice(0, size).join(' ');
    if (size > 0 && !phrases.is('leaveOut', lead)) continue;
    const match = wholeRange.exec(words.slice(size).join(' '));
    if (!match) continue;
    const [, first, word, last] = match;
    const low = numberOf(first);
    const high = numberOf(last);
    if (low === undefined || high === undefined) continue;
    if (word !== undefined && !phrases.is('rangeTo', word)) continue;
    return { low, high, lead: size > 0 ? `${lead} ` : '' };
  }
  return undefined;
}
