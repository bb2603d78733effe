import type { Phrases } from './phrases';

/** Marks that end a sentence or a clause after a name ("I'm Jean."), never part of it. */
const trailingMarks = /[.!,;:]+$/u;

/**
 * The name in an answer to a name question, without the words said around it: "I'm Jean", "her
 * name is Jean", "hi, call me Jean" are Jean. Only a whole opening phrase goes (a greeting, then
 * one of `nameIntro`), so "Imogen" stays, and an answer with no name after it ("call me") is kept
 * as typed rather than lost.
 */
export function readTypedName(text: string, phrases: Phrases): string {
  const words = text.trim().split(/\s+/u);
  const afterGreeting = longestOpening(words, 0, (said) => phrases.is('greeting', said));
  const named = longestOpening(words, afterGreeting, (said) => phrases.is('nameIntro', said));
  if (named === afterGreeting) return text;
  const name = words.slice(named).join(' ').replace(trailingMarks, '');
  return /\p{L}/u.test(name) ? name : text;
}

/** Where the longest run of `words` from `from` that `isOpening` is ends (`from` when there is none). */
function longestOpening(words: readonly string[], from: number, isOpening: (said: string) => boolean): number {
  for (let end = words.length - 1; end > from; end--) if (isOpening(words.slice(from, end).join(' '))) return end;
  return from;
}
