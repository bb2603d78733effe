import { z } from 'zod';
import { loadYaml } from '../../content/catalogue';
import { escapeRegExp } from '../../plan/escapeRegExp';
import type { Recognised, Unrecognised } from '../../plan/recognised';

/** A number straight before a `scoreUnits.yaml` word ("3 times", "5km"): read at start-up, so a broken file stops it. */
const counted = (() => {
  const { units } = loadYaml('scoreUnits.yaml', z.object({ units: z.array(z.string().min(1)) }));
  const words = units.map((unit) => escapeRegExp(unit).replace(/ /g, '\\s+'));
  return new RegExp(`\\d\\s*(?:${words.join('|')})(?![\\p{L}\\d])`, 'iu');
})();

/** A number straight before a `scoreUnits.yaml` word: a count in a goal. */
function countInGoal(text: string): boolean {
  return counted.test(text);
}

/**
 * A 0–10 answer read (`read`), looked at again for a count in a goal ("walk 3 times a week"): no
 * score, `words_for_score`, where the scale would have noted the count as one (H388).
 */
export function scoreNotCount(text: string, read: Recognised<number>): Recognised<number> {
  if (!read.ok) return wordsNotScore(text, read);
  return countInGoal(text) ? { ok: false, code: 'words_for_score' } : read;
}

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
