import { ownedWords } from '../../plan/recordView';
import { longestClosing, longestOpening, phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/** Marks that end a sentence or a clause after a name ("I'm Jean."), never part of it. */
export const trailingMarks = /[.!,;:]+$/u;

/** The name in an answer to a name question, and a clause said after it ("and I have COPD"), if one was. */
export interface NameParts {
  name: string;
  /** The words after the name, from the word or past the mark that opens a clause about them. */
  rest?: string;
}

/**
 * The name in an answer to a name question, without the words said around it: "I'm Jean", "her
 * name is Jean", "hi, call me Jean", "Jean thanks" are Jean. Only a whole opening phrase goes (a
 * greeting, then one of `nameIntro`), and a whole closing one (`nameOutro`), so "Imogen" stays,
 * and an answer with no name between them ("call me", "thanks") is kept as typed rather than lost.
 */
export function readTypedName(text: string, phrases: Phrases): string {
  return nameParts(text, phrases).name;
}

/** The name in an answer to a name question (as `readTypedName` reads it), and any clause said after it. */
export function nameParts(text: string, phrases: Phrases): NameParts {
  const words = text.trim().split(/\s+/u);
  const afterGreeting = openingsEnd(words, phrases);
  const named = longestOpening(words, afterGreeting, (said) => phrases.is('nameIntro', said));
  // A greeting alone stays ("hi Jean" is kept as typed, as ever): only with an opening phrase after
  // it. Words that only open a reply go with none ("well Peggy", "ok Dave").
  const from = named === afterGreeting ? openersOnlyEnd(words, afterGreeting, phrases) : named;
  const to = closingsStart(words, from, phrases);
  const said = from === 0 && to === words.length ? text : words.slice(from, to).join(' ').replace(trailingMarks, '');
  const parts = nameBeforeWord(said, phrases) ?? nameBeforeClause(said, phrases);
  if (parts.name === text) return { name: text };
  return /\p{L}/u.test(parts.name) ? parts : { name: text };
}

/**
 * Where greetings and pleasantries one after another at the start of `words` end ("hi, nice to
 * meet you, I'm Jean"), leaving a word after them; 0 with none. Pleasantries are `nameOutro` words,
 * said before a name as after it ("thanks, I'm Jean").
 */
function openingsEnd(words: readonly string[], phrases: Phrases): number {
  const opening = (said: string): boolean =>
    phrases.is('greeting', said) || phrases.is('nameOutro', said) || phrases.is('nameOpening', said);
  let from = 0;
  for (let end = longestOpening(words, from, opening); end > from; end = longestOpening(words, from, opening)) {
    from = end;
  }
  return from;
}

/**
 * `end` when the words before it are only words that open a reply (`nameOpening`: "well", "ok,
 * erm"), with a name after them; 0 otherwise (a greeting among them, or none at all).
 */
function openersOnlyEnd(words: readonly string[], end: number, phrases: Phrases): number {
  return end > 0 && phrasesInARow(words.slice(0, end), (said) => phrases.is('nameOpening', said)) ? end : 0;
}

/** Where `nameOutro` phrases one after another at the end of `words` start ("Jean thanks, nice to meet you"), leaving a word from `from`. */
function closingsStart(words: readonly string[], from: number, phrases: Phrases): number {
  const closing = (end: number): number =>
    longestClosing(words.slice(0, end), from, (said) => phrases.is('nameOutro', said));
  let to = words.length;
  for (let start = closing(to); start < to; start = closing(to)) to = start;
  return to;
}

/** Where a name may end and a word about the person begin: a comma, semicolon, colon, full stop or dash. */
const clauseBreak = /\s*(?:[,;:!]+|\.|\s[-\u2013\u2014]+)\s+/u;

/**
 * The name before a word said about the person after it ("Frank, he's 84", "Jean - but she won't
 * know what this is", "Mary Ann. She has dementia"): the words before the first break, when they
 * are a name and those after are not. What may be a name or who someone is ("Smith, John", "Ann,
 * her daughter", "her son, Tom") is kept whole, for the readings of who someone is.
 */
function nameBeforeClause(said: string, phrases: Phrases): NameParts {
  const clause = clauseBreak.exec(said);
  if (!clause) return { name: said };
  const name = said.slice(0, clause.index);
  const rest = said.slice(clause.index + clause[0].length).replace(trailingMarks, '');
  return nameOrOwned(name, phrases) && !mayBeName(rest, phrases) ? { name, rest } : { name: said };
}

/**
 * The name before a clause said with no mark between ("Jean and I have COPD", "jean but everyone
 * calls me jeannie", "Jean I have diabetes"): the words before the first `clauseOpening` word, in
 * the words before any mark, when they are a name (or who the person is, "my mum") and at least two
 * words follow. Two names joined ("Jean and John") are kept whole, as a name particle before a
 * name is. Undefined when there is no such word: read past a mark, as ever.
 */
function nameBeforeWord(said: string, phrases: Phrases): NameParts | undefined {
  const clause = clauseBreak.exec(said);
  const words = (clause ? said.slice(0, clause.index) : said).split(/\s+/u);
  const all = said.split(/\s+/u);
  const at = words.findIndex((word, i) => i > 0 && phrases.is('clauseOpening', word) && !namePart(word));
  if (at < 1 || all.length - at < 2) return undefined;
  // Thanks said before the clause ("Jean thanks and I have COPD") are no part of the name either.
  const named = words.slice(0, at);
  const name = named
    .slice(
      0,
      longestClosing(named, 0, (said) => phrases.is('nameOutro', said)),
    )
    .join(' ');
  const after = all
    .slice(at + 1)
    .join(' ')
    .replace(trailingMarks, '');
  if (!nameOrOwned(name, phrases)) return undefined;
  if (phrases.is('nameParticles', words[at] ?? '') && mayBeName(after, phrases)) return undefined;
  return { name, rest: all.slice(at).join(' ').replace(trailingMarks, '') };
}

/** "I", "I'm" and the like: always in capitals, never a name's own. */
const firstPerson = /^I(?:['’]?(?:m|ve|d|ll))?$/u;

/**
 * Whether a word that may open a clause is, with a capital, more likely part of a name ("Wei He
 * Zhang", "Ming So Lee"): only "I" and its forms are written so mid-sentence.
 */
function namePart(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !firstPerson.test(word);
}

/** Whether `text` reads as a name, or as who the person is to a carer with one ("my mum", "my husband John"). */
function nameOrOwned(text: string, phrases: Phrases): boolean {
  const owned = ownedWords(text);
  return nameShaped(owned ?? text, phrases);
}

/** Whether words said after a name may be a name too ("Smith, John"): name-shaped, and opening no clause. */
function mayBeName(rest: string, phrases: Phrases): boolean {
  const opening = rest.split(/\s+/u)[0] ?? '';
  return nameShaped(rest, phrases) && !phrases.is('clauseOpening', opening);
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
