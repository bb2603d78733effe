/**
 * When a reply's own words are kept as the answer to a question they do not answer in its terms
 * (a yes/no question answered "she has dementia, I have power of attorney").
 */
import type { Question } from '../content/packs/packSchema';

/** The fewest words of a reply that explain rather than answer ("she knows but forgets"); "blue car" is asked again. */
const fewestWordsExplaining = 3;

/**
 * Whether kept words hold a letter or a digit: emoji and marks alone ("👍", "😊😊", "!") are asked
 * again, as the plan read as SMS text, which carries no emoji, would show them as nothing.
 */
export function holdsWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * Whether `words`, no yes or no, explain the answer at a question that keeps an explanation at once
 * (`keepsExplanation`; explorer 31): a sentence of a few words, never asked for again in "a few
 * words" it already is.
 */
export function explains(question: Question, words: string): boolean {
  return question.keepsExplanation && words.split(/\s+/u).filter(holdsWords).length >= fewestWordsExplaining;
}
