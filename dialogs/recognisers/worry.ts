import { bare } from '../../plan/normalise';
import type { Phrases } from './phrases';

/** The words that join a worry to whom it is about ("is that bad for Mum"). */
const joiners = new Set(['for', 'about']);

/**
 * Whether a message says a result worries them ("should I be worried?", "this is really scaring
 * me"): the whole message is one of the `worried` phrases, or one followed by whom it is about
 * ("is that bad for Mum?", "... for Jean", "... about her"), named by filler words or `name`.
 * Distress and crisis are the crisis guard's, which has read the message first.
 */
export function saysWorried(text: string, phrases: Phrases, name?: string): boolean {
  // Asked as a question or not, it says the same: the marks go ("is that bad?!").
  const said = bare(text).replace(/\?/g, ' ').replace(/\s+/g, ' ').trim();
  if (said === '') return false;
  if (phrases.is('worried', said)) return true;
  const words = said.split(' ');
  const who = name ? bare(name) : undefined;
  const aboutSomeone = (from: number): boolean =>
    from < words.length && words.slice(from).every((word) => word === who || phrases.is('filler', word));
  return words.some(
    (word, i) =>
      i > 0 && joiners.has(word) && aboutSomeone(i + 1) && phrases.is('worried', words.slice(0, i).join(' ')),
  );
}
