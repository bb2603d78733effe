import type { Phrases } from './phrases';

/** The most words a phrase of the `leaveOut` list has ("everything except for"). */
const longestMarker = 4;

/** A reply to a list that names what to leave out ("all but mood", "goals, not topics"). */
export interface LeftOutReply {
  /** The words before the first `leaveOut` phrase: what is kept ("" or "all" for every option). */
  kept: string;
  /** The words after it, broken again at any further `leaveOut` phrase: each names something left out. */
  left: string[];
}

/**
 * Splits a bare reply at the phrases that leave something out (the `leaveOut` list: "all but",
 * "except", "not", "don't send"). A phrase inside an option's own name ("not hungry") leaves
 * nothing out, and neither does a reply with no such phrase: both are undefined, read as picks.
 *
 * @param names every option's names, bare ("not hungry").
 */
export function leftOutOf(reply: string, names: readonly string[], phrases: Phrases): LeftOutReply | undefined {
  const words = reply.split(' ').filter((word) => word !== '');
  const named = namedWords(words, names);
  const pieces: string[][] = [[]];
  let i = 0;
  while (i < words.length) {
    const length = markerAt(words, i, named, phrases);
    if (length > 0) pieces.push([]);
    else pieces[pieces.length - 1].push(words[i]);
    i += Math.max(length, 1);
  }
  if (pieces.length === 1) return undefined;
  const [kept, ...left] = pieces.map((piece) => piece.join(' '));
  return { kept, left: left.filter((piece) => piece !== '') };
}

/** How many words from `start` make a `leaveOut` phrase, longest first, none of them in a name; 0 when none does. */
function markerAt(words: readonly string[], start: number, named: readonly boolean[], phrases: Phrases): number {
  for (let length = Math.min(longestMarker, words.length - start); length >= 1; length--) {
    const inName = named.slice(start, start + length).includes(true);
    if (!inName && phrases.is('leaveOut', words.slice(start, start + length).join(' '))) return length;
  }
  return 0;
}

/** Which words stand inside an option's name said in full, where a `leaveOut` word is part of the name. */
function namedWords(words: readonly string[], names: readonly string[]): boolean[] {
  const named = words.map(() => false);
  for (const name of names) {
    const nameWords = name.split(' ');
    for (let start = 0; start + nameWords.length <= words.length; start++) {
      if (nameWords.every((word, j) => words[start + j] === word)) {
        for (let j = 0; j < nameWords.length; j++) named[start + j] = true;
      }
    }
  }
  return named;
}
