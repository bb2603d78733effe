import { bare } from '../../plan/normalise';
import { numberIn } from './namedOption';
import type { Phrases } from './phrases';

/** The furthest back a count is read ("9 questions ago"); a larger number is a score or a count of something else. */
const furthest = 9;

/**
 * How many questions back the earlier answer is that `text` asks to change, counting the question
 * asked last as 1: "can I change the answer from two questions ago" (2), "go back 3 questions" (3),
 * "the one before last" (2). A count and a `questionsBackUnit` word, with a `questionsBackAfter`
 * word after them or a `questionsBackVerb` before; or a `questionsBeforeLast` phrase with one of
 * those verbs. Undefined for anything else, so a score said with words ("2 i think", "two, not very
 * sure") is still read as a score (explorer 29, H390).
 */
export function questionsBack(text: string, phrases: Phrases, locale: string): number | undefined {
  const words = bare(text).split(' ');
  const verbBefore = (at: number): boolean => phrases.within('questionsBackVerb', words.slice(0, at).join(' '));
  if (phrases.within('questionsBeforeLast', text) && verbBefore(words.length)) return 2;
  for (let at = 0; at + 1 < words.length; at++) {
    // The unit first: reading a word as a number asks recognizers-text, which costs far more.
    if (!phrases.is('questionsBackUnit', words[at + 1])) continue;
    const count = numberIn(words[at], locale);
    if (count === undefined || count < 1 || count > furthest) continue;
    const after = words.slice(at + 2, at + 5);
    const saysAgo = after.some((_, end) => phrases.is('questionsBackAfter', after.slice(0, end + 1).join(' ')));
    if (saysAgo || verbBefore(at)) return count;
  }
  return undefined;
}
