import type { Phrases } from './phrases';

/** The most words an opening of the `askedBack` list has. */
const longestOpening = 4;

/**
 * Whether `text` asks a question back ("why do you need her name?", "how do you know my mum")
 * rather than saying who someone is: it opens as a question (`askedBack`) and has a question mark
 * or at least three words, so a name alone ("Will", "Who") or with a question mark ("Jean?") is
 * still a name.
 */
export function asksBack(text: string, phrases: Phrases): boolean {
  const words = text.trim().split(/\s+/u);
  const opens = Array.from({ length: Math.min(longestOpening, words.length) }, (_, i) =>
    words.slice(0, i + 1).join(' '),
  ).some((opening) => phrases.is('askedBack', opening));
  return opens && (words.length >= 3 || (words.length >= 2 && /\?\s*$/u.test(text)));
}
