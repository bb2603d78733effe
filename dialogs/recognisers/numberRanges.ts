import { fail, ok, type Recognised } from '../../plan/recognised';
import type { Phrases } from './phrases';

/**
 * Two whole words (digits or a number word) with a dash or a word between them ("1-3", "2 – 4",
 * "one to three"). The `d` flag gives where the second starts, so a pair that is no range ("1 and
 * 3 to 5") is looked at again from there.
 */
const pair = /(?<![\p{L}\p{N}])([\p{L}\p{N}]+)(?:\s*([-–—]+)\s*|\s+(\p{L}+)\s+)([\p{L}\p{N}]+)(?![\p{L}\p{N}])/dgu;

/**
 * `text` with each range of option numbers written out ("1-3" is "1, 2, 3"), so every number in
 * between is picked and not only the two ends. A range joins two numbers with a dash or a word of
 * the `rangeTo` list; one running backwards ("3-1"), or past either end of a list of `count`
 * options, is out of range, so it is asked again rather than guessed at.
 *
 * @param numberOf the whole number a word or digits stand for, if any ("three", "3").
 */
export function spelledOutRanges(
  text: string,
  count: number,
  phrases: Phrases,
  numberOf: (word: string) => number | undefined,
): Recognised<string> {
  let out = '';
  let from = 0;
  pair.lastIndex = 0;
  for (let match = pair.exec(text); match; match = pair.exec(text)) {
    const [whole, first, dash, word, last] = match;
    const low = numberOf(first);
    const high = numberOf(last);
    if (low === undefined || high === undefined || (dash === undefined && !phrases.is('rangeTo', word ?? ''))) {
      // The second word may start a range of its own ("1 and 3 to 5").
      pair.lastIndex = match.indices?.[4]?.[0] ?? match.index + whole.length;
      continue;
    }
    if (low < 1 || high > count || low > high) return fail('out_of_range');
    const numbers = Array.from({ length: high - low + 1 }, (_, i) => String(low + i));
    out += `${text.slice(from, match.index)}${numbers.join(', ')}`;
    from = match.index + whole.length;
  }
  return ok(out + text.slice(from));
}
