/**
 * Tremor typing (H498): a hand that shakes doubles a key ("II ddont want to bbe here", "hhe hitt me")
 * or swaps two ("agian", "nihgt"). No pattern can list every such spelling, so before the patterns
 * read a message, a word that is not one of the words tremor repair knows is mended when taking out
 * a doubled letter, or swapping two letters side by side, makes one of them. The words are a short
 * list in crisis-patterns.json (`tremor.words`), chosen so that no everyday word ("soon", "too",
 * "off") mends into one of them; `tremor.keep` lists everyday words that would, and are never touched.
 * For the patterns' reading only: the learned layer reads words as it learned them.
 */
import { z } from 'zod';

/** Schema of `tremor` in crisis-patterns.json. */
export const tremorSchema = z.object({
  /** The words a doubled or swapped spelling is mended into (lower case, letters only). */
  words: z.array(z.string().regex(/^\p{Ll}+$/u)).min(1),
  /** Words as written that are left alone even when a mended form is in `words`. */
  keep: z.array(z.string().regex(/^\p{Ll}+$/u)).default([]),
});

export type TremorWords = z.infer<typeof tremorSchema>;

/** Longest word mended: a longer run of letters is no tremor-typed word. */
const longestWord = 16;

/** Every spelling of `word` with some of its doubled letters taken out, fewest taken out first. */
function undoubled(word: string): string[] {
  const pairs: number[] = [];
  for (let i = 1; i < word.length; i++) if (word[i] === word[i - 1]) pairs.push(i);
  if (pairs.length === 0 || pairs.length > 4) return [];
  const spellings: { text: string; taken: number }[] = [];
  for (let mask = 1; mask < 1 << pairs.length; mask++) {
    let text = '';
    let taken = 0;
    for (let i = 0; i < word.length; i++) {
      const pair = pairs.indexOf(i);
      if (pair !== -1 && (mask & (1 << pair)) !== 0) taken++;
      else text += word[i];
    }
    spellings.push({ text, taken });
  }
  return spellings.sort((a, b) => a.taken - b.taken).map(({ text }) => text);
}

/** Every spelling of `word` with two letters side by side swapped. */
function unswapped(word: string): string[] {
  const spellings: string[] = [];
  for (let i = 1; i < word.length; i++) {
    if (word[i] === word[i - 1]) continue;
    spellings.push(word.slice(0, i - 1) + word[i] + word[i - 1] + word.slice(i + 1));
  }
  return spellings;
}

/** Builds the repair once; it reads normalised (lower-case) text and never throws. */
export function createTremorRepair(tremor: TremorWords | undefined): (text: string) => string {
  if (tremor === undefined) return (text) => text;
  const words = new Set(tremor.words);
  const keep = new Set(tremor.keep);
  const mend = (word: string): string => {
    if (word.length > longestWord || words.has(word) || keep.has(word)) return word;
    const doubled = undoubled(word).find((spelling) => words.has(spelling));
    if (doubled !== undefined) return doubled;
    // A swap only in a word of four letters or more ("ot" is no mis-typed "to"), and not on top of
    // a doubled letter taken out ("needed" is no "ended").
    if (word.length < 4) return word;
    return unswapped(word).find((spelling) => words.has(spelling)) ?? word;
  };
  return (text) => text.replace(/\p{Ll}+/gu, mend);
}
