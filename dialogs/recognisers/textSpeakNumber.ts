import { bare } from '../../plan/normalise';
import type { Phrases } from './phrases';

/** Digits texted for a word: "2" for to or too, "4" for for ("forgetting 2 carry", "its 2 hard"). */
const textSpeak = new Set(['2', '4']);

/**
 * Whether a "2" or "4" in `text` stands for a word, not a score: between two words, the one after
 * it no word said after a score (`scoreAfter`: "2 i guess", "2 or 3", "2 tbh"). "Forgetting 2
 * carry jelly babies" at "how important?" is what might stop him, never 2 out of 10 (explorer 27).
 */
export function numberAsWord(text: string, phrases: Phrases): boolean {
  const words = bare(text).split(' ').filter(Boolean);
  return words.some(
    (word, i) =>
      textSpeak.has(word) &&
      i > 0 &&
      i < words.length - 1 &&
      /^\p{L}+$/u.test(words[i - 1]) &&
      /^\p{L}+$/u.test(words[i + 1]) &&
      !phrases.is('scoreAfter', words[i + 1]),
  );
}
