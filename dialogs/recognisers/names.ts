import { longestClosing, longestOpening } from './phraseRuns';
import type { Phrases } from './phrases';

/** Marks that end a sentence or a clause after a name ("I'm Jean."), never part of it. */
export const trailingMarks = /[.!,;:]+$/u;

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
  const said = from === 0 && to === words.length ? text : words.slice(from, to).join(' ').replace(trailingMarks, '');
  const name = nameBeforeClause(said, phrases);
  if (name === text) return text;
  return /\p{L}/u.test(name) ? name : text;
}

/** Where a name may end and a word about the person begin: a comma, semicolon, colon, full stop or dash. */
const clauseBreak = /\s*(?:[,;:!]+|\.|\s[-\u2013\u2014]+)\s+/u;

/**
 * The name before a word said about the person after it ("Frank, he's 84", "Jean - but she won't
 * know what this is", "Mary Ann. She has dementia"): the words before the first break, when they
 * are a name and those after are not. What may be a name or who someone is ("Smith, John", "Ann,
 * her daughter", "her son, Tom") is kept whole, for the readings of who someone is.
 */
function nameBeforeClause(said: string, phrases: Phrases): string {
  const clause = clauseBreak.exec(said);
  if (!clause) return said;
  const name = said.slice(0, clause.index);
  const rest = said.slice(clause.index + clause[0].length).replace(trailingMarks, '');
  const opening = rest.split(/\s+/u)[0] ?? '';
  const mayBeName = nameShaped(rest, phrases) && !phrases.is('clauseOpening', opening);
  return nameShaped(name, phrases) && !mayBeName ? name : said;
}

/**
 * Whether `text` reads as a name alone: one to three words of letters (apostrophes, hyphens and
 * full stops inside), none of them a small word said with a name (`nameParticles`: "of", "and",
 * "de", "the"). "my partner of 30 years" and "mum and dad" hold no name after the relationship.
 */
export function nameShaped(text: string, phrases: Phrases): boolean {
  const words = text.trim().split(/\s+/u);
  return (
    words.length <= 3 && words.every((word) => /^\p{L}[\p{L}'’.-]*$/u.test(word) && !phrases.is('nameParticles', word))
  );
}

/**
 * A name typed all in lower case ("jean", "mary-ann smith") with a capital at the start of each
 * word and each part of a hyphenated one ("Jean", "Mary-Ann Smith"), as it is shown and kept. A
 * name with a capital anywhere ("de Souza", "McDonald", "jean-Luc") is kept as typed: it was
 * written with care, and only its writer knows where its capitals go. So is one that is not
 * name-shaped ("jean de souza", "john and mary", "the wife"), whose small words stay small.
 */
export function capitalisedName(name: string, phrases: Phrases): string {
  if (/[\p{Lu}\p{Lt}]/u.test(name) || !nameShaped(name, phrases)) return name;
  return name.replace(/(^|[\s-])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
