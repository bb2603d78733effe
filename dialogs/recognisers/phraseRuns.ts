/**
 * Where listed phrases stand at the start or the end of a reply split into words: what is said
 * around an answer ("I'm Jean", "Jean thanks", "yes I want to lose weight", "sorry I meant 4").
 */

/** Whether a run of words, joined by spaces, is one of the phrases looked for. */
export type IsPhrase = (said: string) => boolean;

/**
 * The most words a run looked for may have: far more than any listed phrase. Each run tried is
 * joined and normalised, so trying every run of a long reply cost its length squared: a 32 KB
 * message of U+FDFA, which NFKC makes 18 times longer, held its turn for minutes (H487).
 */
export const longestRun = 32;

/** Where the longest run of `words` from `from` that `isPhrase` is ends, leaving a word after it (`from` when there is none). */
export function longestOpening(words: readonly string[], from: number, isPhrase: IsPhrase): number {
  for (let end = Math.min(words.length - 1, from + longestRun); end > from; end--)
    if (isPhrase(words.slice(from, end).join(' '))) return end;
  return from;
}

/** Where the longest run of `words` to their end that `isPhrase` is starts, leaving a word from `from` (their length when there is none). */
export function longestClosing(words: readonly string[], from: number, isPhrase: IsPhrase): number {
  for (let start = Math.max(from + 1, words.length - longestRun); start < words.length; start++)
    if (isPhrase(words.slice(start).join(' '))) return start;
  return words.length;
}

/**
 * Whether `words` are one or more phrases one after another ("oh sorry i meant" as "oh", "sorry"
 * and "i meant"), each at most `longest` words long.
 */
export function phrasesInARow(words: readonly string[], isPhrase: IsPhrase, longest = 6): boolean {
  if (words.length === 0) return false;
  const reachable = [true, ...words.map(() => false)];
  for (let end = 1; end <= words.length; end++) {
    for (let start = Math.max(0, end - longest); start < end && !reachable[end]; start++) {
      reachable[end] = reachable[start] === true && isPhrase(words.slice(start, end).join(' '));
    }
  }
  return reachable[words.length] === true;
}
