/**
 * Which sentences of a long message the crisis screen reads one by one (H68), beside the whole
 * message's reading (`safety/screen.ts`).
 */

/**
 * The most sentences of one message read one by one (half from its start, half from its end, where
 * a disclosure after a long paste most often is): at most this many short readings more than the
 * whole message's, whatever its length.
 */
export const maxScreenedSentences = 24;

/**
 * The fewest sentences a message needs to be read sentence by sentence. Read alone, a sentence
 * loses what the others say of it ("I've decided I won't have any more chemo." scores 0.98 without
 * "my oncologist knows and supports it"). On the blind sets' 3,080 hard negatives, reading the
 * sentences of messages of two or more cost 24 more check-ins, of three or more 11, of four or more
 * 4; none found a disclosure the whole message missed.
 */
const minSentences = 4;

/** Where a message, as the patterns read it, breaks into sentences: after a stop, question or exclamation mark. */
const sentenceBreak = /(?<=[.!?])\s+/;

/** The sentences of `asserted` to read one by one: none for a message of fewer than `minSentences`. */
export function sentencesOf(asserted: string): string[] {
  const sentences = asserted.split(sentenceBreak).filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  if (sentences.length < minSentences) return [];
  if (sentences.length <= maxScreenedSentences) return sentences;
  const half = maxScreenedSentences / 2;
  return [...sentences.slice(0, half), ...sentences.slice(-half)];
}
