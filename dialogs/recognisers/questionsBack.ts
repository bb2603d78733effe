import { bare } from '../../plan/normalise';
import { numberIn } from './namedOption';
import type { PhraseList } from './phraseLists';
import type { Phrases } from './phrases';

/** The furthest back a count is read ("9 questions ago"); a larger number is a score or a count of something else. */
const furthest = 9;

/**
 * How many questions back the earlier answer is that `text` asks to change, counting the question
 * asked last as 1: "can I change the answer from two questions ago" (2), "go back 3 questions" (3),
 * "the one before last" (2), "the one 2 back" (2). A count and a `questionsBackUnit` word, with a
 * `questionsBackAfter` word after them or a `questionsBackVerb` before; a count straight after a
 * `questionsBackOne` word ("the one") with a `questionsBackAfter` word after it; or a
 * `questionsBeforeLast` phrase with one of those verbs. `unclear` when it asks for an earlier answer
 * the bot cannot find by a count: a count of goals or parts back ("two goals ago"), or a question
 * by a number never shown ("can I fix question 2"): the count is no score either (H434).
 * Undefined for anything else, so a score said with words ("2 i think", "two, not very sure") is
 * still read as a score (explorer 29, H390).
 */
export function questionsBack(text: string, phrases: Phrases, locale: string): number | 'unclear' | undefined {
  const words = bare(text).split(' ');
  const said = (list: PhraseList, from: number, to: number): boolean =>
    phrases.is(list, words.slice(Math.max(0, from), to).join(' '));
  const verbBefore = (at: number): boolean => phrases.within('questionsBackVerb', words.slice(0, at).join(' '));
  // "ago", "back" or "before this" said in the three words after `at`.
  const agoAfter = (at: number): boolean => [1, 2, 3].some((size) => said('questionsBackAfter', at, at + size));
  // "question 2", "question number 2": a question named by a number, asked to change or alone.
  const numbered = (at: number): boolean =>
    [1, 2].some((size) => said('questionNumbered', at - size, at) && (verbBefore(at - size) || at - size === 0));
  if (phrases.within('questionsBeforeLast', text) && verbBefore(words.length)) return 2;
  for (let at = 0; at < words.length; at++) {
    const unit = words[at + 1] ?? '';
    const unclearUnit = phrases.is('questionsBackUnclearUnit', unit);
    const backUnit = phrases.is('questionsBackUnit', unit);
    const afterOne = [1, 2].some((size) => said('questionsBackOne', at - size, at));
    // The words around first: reading a word as a number asks recognizers-text, which costs far more.
    if (!unclearUnit && !backUnit && !afterOne && !numbered(at)) continue;
    const count = numberIn(words[at], locale);
    if (count === undefined || count < 1 || count > furthest) continue;
    const rest = words.slice(at + 1).join(' ');
    if (numbered(at) && (rest === '' || phrases.is('changeAfter', rest))) return 'unclear';
    // "two goals ago", "go back 2 goals"; never "fix 2 parts of the fence" at a question in words.
    if (unclearUnit && (agoAfter(at + 2) || said('questionsBackAfter', at - 1, at))) return 'unclear';
    const byUnit = backUnit && (agoAfter(at + 2) || verbBefore(at));
    if (byUnit || (afterOne && agoAfter(at + 1))) return count;
  }
  return undefined;
}
