import type { Phrases } from './phrases';

/** Marks that end a sentence or a clause after a name ("I'm Jean."), never part of it. */
const trailingMarks = /[.!,;:]+$/u;

/**
 * The name in an answer to a name question, without the words said around it: "I'm Jean", "her
 * name is Jean", "hi, call me Jean", "Jean thanks" are Jean. Only a whole opening phrase goes (a
 * greeting, then one of `nameIntro`), and a whole closing one (`nameOutro`), so "Imogen" stays,
 * and an answer with no name between them ("call me", "thanks") is kept as typed rather than lost.
 */
export function readTypedName(text: string, phrases: Phrases): string {
  const words = text.trim().split(/\s+/u);
  const afterGreeting = longestOpening(words, 0, (said) => phrases.is('greeting', said));
  const named = longestOpening(words, afterGreeting, (said) => phrases.is('nameIntro', said));
  // A greeting alone stays ("hi Jean" is kept as typed, as ever): only with an opening phrase after it.
  const from = named === afterGreeting ? 0 : named;
  const to = longestClosing(words, from, (said) => phrases.is('nameOutro', said));
  if (from === 0 && to === words.length) return text;
  const name = words.slice(from, to).join(' ').replace(trailingMarks, '');
  return /\p{L}/u.test(name) ? name : text;
}

/** Where the longest run of `words` from `from` that `isOpening` is ends (`from` when there is none). */
function longestOpening(words: readonly string[], from: number, isOpening: (said: string) => boolean): number {
  for (let end = words.length - 1; end > from; end--) if (isOpening(words.slice(from, end).join(' '))) return end;
  return from;
}

/** Where the longest run of `words` to their end that `isClosing` is starts, leaving a word from `from`. */
function longestClosing(words: readonly string[], from: number, isClosing: (said: string) => boolean): number {
  for (let start = from + 1; start < words.length; start++) if (isClosing(words.slice(start).join(' '))) return start;
  return words.length;
}
