import type { Phrases } from './phrases';

/**
 * Whether a reply says doubt: "not sure" and its kin as the whole reply (`notSure`: "dunno"), or
 * doubt anywhere in it (`doubt`: "I'm not sure about it").
 */
export function doubts(text: string, phrases: Phrases): boolean {
  return phrases.is('notSure', text) || phrases.within('doubt', text);
}
