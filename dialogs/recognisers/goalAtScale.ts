import { z } from 'zod';
import { loadYaml } from '../../content/catalogue';
import { escapeRegExp } from '../../plan/escapeRegExp';
import type { Recognised, Unrecognised } from '../../plan/recognised';

const list = z.array(z.string().min(1));
const scoreUnits = loadYaml(
  'scoreUnits.yaml',
  z.object({
    units: list,
    spelt: list,
    notCounts: list,
    periodLeads: list,
    periods: list,
    scoreLeads: list,
    objects: list,
  }),
);

/** A number straight before a `scoreUnits.yaml` word ("3 times", "5km"): read at start-up, so a broken file stops it. */
const counted = (() => {
  const words = scoreUnits.units.map((unit) => escapeRegExp(unit).replace(/ /g, '\\s+'));
  return new RegExp(`\\d\\s*(?:${words.join('|')})(?![\\p{L}\\d])`, 'iu');
})();

const spelt = new Set(scoreUnits.spelt);
const notCounts = new Set(scoreUnits.notCounts);
const periodLeads = new Set(scoreUnits.periodLeads);
const periods = new Set(scoreUnits.periods);
const scoreLeads = new Set(scoreUnits.scoreLeads);
const objects = new Set(scoreUnits.objects);

/** A plural noun by its ending ("mornings", "sessions"), never "less", "plus", "this" nor a listed word ("thanks"). */
function plural(word: string): boolean {
  return /^\p{L}{2,}s$/u.test(word) && !/(?:ss|us|is)$/u.test(word) && !notCounts.has(word);
}

/**
 * The word after the number at `at` is a verb of which the score is the subject, not a noun it
 * counts: the number is a score said as a noun ("a 7 helps me", "an 8 seems fair"), or the word
 * has an object after it ("7 helps me", "8 motivates me"), which no plural noun has (H481).
 */
function scoreDoes(words: readonly string[], at: number): boolean {
  return scoreLeads.has(words[at - 1] ?? '') || objects.has(words[at + 2] ?? '');
}

/**
 * A number straight before a `scoreUnits.yaml` word, or before a plural noun or a period ("3
 * mornings", "5 sessions", "3 each day"): a count in a goal, whatever the noun (H388, H435).
 */
function countInGoal(text: string): boolean {
  if (counted.test(text)) return true;
  const words = text.toLowerCase().match(/\p{L}+|\d+/gu) ?? [];
  return words.some((word, at) => {
    if (!/^\d+$/u.test(word) && !spelt.has(word)) return false;
    const next = words[at + 1] ?? '';
    return (plural(next) && !scoreDoes(words, at)) || (periodLeads.has(next) && periods.has(words[at + 2] ?? ''));
  });
}

/**
 * A 0–10 answer read (`read`), looked at again for a count in a goal ("walk 3 times a week"): no
 * score, `words_for_score`, where the scale would have noted the count as one (H388), or asked
 * plainly for a number ("go to 2 classes", H435).
 */
export function scoreNotCount(text: string, read: Recognised<number>): Recognised<number> {
  if (countInGoal(text)) return { ok: false, code: 'words_for_score' };
  return read.ok ? read : wordsNotScore(text, read);
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
