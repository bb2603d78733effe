import type { Unrecognised } from '../../plan/recognised';

/** Words that say a score is out of ten ("11 out of 10"): no words of a goal. */
const scaleWords = new Set(['out', 'of', 'ten', 'outta']);

/**
 * A 0–10 answer that could not be read (`failed`), looked at again for words of a goal with a
 * number in them ("run a 5k", "do 10000 steps", "swim 20 lengths"): no score, and never told the
 * number is outside 0 to 10 when they gave none (explorer 29); `words_for_score` asks kindly for
 * one. A number alone out of range ("11", "11 out of 10") stays `out_of_range`.
 */
export function wordsNotScore(text: string, failed: Unrecognised): Unrecognised {
  if (failed.code !== 'out_of_range' && failed.code !== 'not_a_number') return failed;
  if (!/\d/u.test(text)) return failed;
  const words = (text.toLowerCase().match(/\p{L}{2,}|\d\p{L}/gu) ?? []).filter((word) => !scaleWords.has(word));
  return words.length > 0 ? { ok: false, code: 'words_for_score' } : failed;
}
