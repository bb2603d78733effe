import type { RelationWords } from '../../content/packs/packSchema';
import { bare } from '../../plan/normalise';
import { ownedWords } from '../../plan/recordView';
import { nameShaped, readTypedName, trailingMarks } from './names';
import type { Phrases } from './phrases';
import { longestClosing, longestOpening } from './phraseRuns';

/** Who a carer is to the person, read from the name they gave, and the name in it if one follows. */
export interface NamedRelation {
  answer: string;
  name?: string;
}

/** Who the carer is to the person for words naming who the person is to them ("mum"), if listed. */
type AnswerOf = (said: string) => string | undefined;

/**
 * Brackets around who someone is ("Jean (my gran)") and a dash with space around it ("Jean -
 * mother"): read as the marks between a name and it. A hyphen inside a name ("Mary-Ann") is no such mark.
 */
const brackets = /[()[\]]|\s[-–—]+(?=\s)/gu;

/** Where a name and who someone is, set side by side, part ("Jean, mother" once brackets and dashes are read). */
const besideMark = /\s*,\s*/u;

/** A name ending in "'s" said straight before "my" ("Jean's my mum"), where it stands for "is". */
const linkedS = /['’]s$/u;

/** Marks left at either end of a name once the words around it are taken away ("Ron," from "Ron, my dad"). */
const endMarks = /^[\s.!,;:]+|[\s.!,;:]+$/gu;

/**
 * Who the carer is to the person, when the carer named the person by who they are to them: the
 * whole name ("my mum", "mum", "our nan") or, after "my", "our" or "me", its opening words with a
 * name after them ("my husband John" gives the carer's `answer` and the name John). Said around
 * the name rather than before it (`typed`, the words the name was read from: "my mum's name is
 * Jean", "he's called Ron, my dad", "Jean (my gran)"), it is read only with a name left beside it.
 * Only the words `relations` list are read: "Mumtaz" is a name, and so may "Nan Smith" be, with no "my".
 */
export function relationInName(
  name: string,
  relations: readonly RelationWords[],
  phrases: Phrases,
  typed: string = name,
): NamedRelation | undefined {
  const answerOf: AnswerOf = (said) => {
    const words = bare(said);
    return relations.find((relation) => relation.said.some((one) => bare(one) === words))?.answer;
  };
  const owned = ownedWords(name);
  const whole = answerOf(owned ?? name);
  if (whole !== undefined) return { answer: whole };
  const opening = owned === undefined ? undefined : relationOpening(owned, answerOf, phrases);
  if (opening?.name !== undefined) return opening;
  return (
    relationAround(typed, answerOf, phrases) ??
    relationBeside(typed, answerOf, phrases) ??
    relationLinked(typed, answerOf, phrases) ??
    opening
  );
}

/**
 * A name and who the person is set apart by a dash, brackets or a comma with no "my" ("Jean -
 * mother", "Jean (mother)", "mum, Jean"): only a whole relationship on one side and a name alone on
 * the other. "Nan Smith", with nothing between, may be her name and is never read so.
 */
function relationBeside(typed: string, answerOf: AnswerOf, phrases: Phrases): NamedRelation | undefined {
  const sides = typed
    .replace(brackets, ' , ')
    .split(besideMark)
    .map((side) => side.replace(endMarks, ''))
    .filter((side) => side !== '');
  if (sides.length !== 2) return undefined;
  for (const [said, other] of [sides, [...sides].reverse()]) {
    const answer = answerOf(said);
    const name = readTypedName(other, phrases).replace(endMarks, '');
    if (answer !== undefined && nameShaped(name, phrases)) return { answer, name };
  }
  return undefined;
}

/**
 * Who the person is, then "is" and their name, with no "my" ("Mum is Joan", "mum's Joan", "dad is
 * called Ron"; explorer 31): a whole relationship, a `nameLink` word, and a name a name question
 * would read after it (`nameIntro`: "is", "is called"), written with capitals or a known first name
 * (`firstNames`): "Mum is poorly" names nobody. "Nan Smith", with nothing between, is never read so.
 */
function relationLinked(typed: string, answerOf: AnswerOf, phrases: Phrases): NamedRelation | undefined {
  const words = typed.trim().split(/\s+/u);
  for (let at = 1; at < Math.min(words.length, 4); at++) {
    const last = words[at - 1] ?? '';
    const owns = linkedS.test(last);
    const answer = answerOf([...words.slice(0, at - 1), last.replace(linkedS, '')].join(' '));
    const after = owns ? ['is', ...words.slice(at)] : words.slice(at);
    if (answer === undefined || !phrases.is('nameLink', after[0] ?? '')) continue;
    const name = readTypedName(after.join(' '), phrases).replace(endMarks, '');
    if (name !== after.join(' ') && namedSo(name, phrases)) return { answer, name };
  }
  return undefined;
}

/** Whether `name` is name-shaped and written as a name, each word with a capital, or opens with a known first name. */
function namedSo(name: string, phrases: Phrases): boolean {
  const words = name.split(/\s+/u);
  const written = words.every((word) => /^\p{Lu}/u.test(word)) || phrases.is('firstNames', bare(words[0] ?? ''));
  return written && nameShaped(name, phrases) && !phrases.is('describingNotName', bare(name));
}

/** A relationship opening the words after "my" ("husband John"), and the name after it if those words are one. */
function relationOpening(owned: string, answerOf: AnswerOf, phrases: Phrases): NamedRelation | undefined {
  const words = owned.split(/\s+/u);
  const end = longestOpening(words, 0, (said) => answerOf(said) !== undefined);
  if (end === 0) return undefined;
  const answer = answerOf(words.slice(0, end).join(' '));
  const rest = words.slice(end).join(' ').replace(trailingMarks, '');
  if (answer === undefined) return undefined;
  // Words after it that are no name ("of 30 years", "and dad"): the name is kept as typed.
  return rest !== '' && nameShaped(rest, phrases) ? { answer, name: rest } : { answer };
}

/**
 * A relationship said with "my", "our" or "me" anywhere in `typed`, its last word perhaps owning
 * the name ("my mum's name is Jean"), with a name left when its words are taken away, as a name
 * is read from any answer ("name is Jean" is Jean). Nothing without such a name ("my mum and my
 * dad"): who is who is not guessed.
 */
function relationAround(typed: string, answerOf: AnswerOf, phrases: Phrases): NamedRelation | undefined {
  const words = typed.replace(brackets, ' , ').trim().split(/\s+/u);
  // Two said ("my mum's name is Jean and my dad's is Ron"): whose the name is, is not guessed.
  if (ownedRelations(words, answerOf) > 1) return undefined;
  for (let at = 0; at < words.length; at++) {
    if (ownedWords(words.slice(at).join(' ')) === undefined) continue;
    for (let end = words.length; end > at + 1; end--) {
      const answer = relationOf(words.slice(at + 1, end), words[end], answerOf);
      if (answer === undefined) continue;
      const rest = [...nameBefore(words.slice(0, at), phrases), ...words.slice(end)].join(' ').replace(endMarks, '');
      const name = readTypedName(rest, phrases).replace(endMarks, '');
      if (name !== '' && nameShaped(name, phrases)) return { answer, name };
    }
  }
  return undefined;
}

/** How many relationships are said after "my", "our" or "me" in `words`, each as `relationOf` reads it. */
function ownedRelations(words: readonly string[], answerOf: AnswerOf): number {
  const owns = (at: number): boolean =>
    [1, 2, 3].some(
      (n) =>
        at + n < words.length && relationOf(words.slice(at + 1, at + 1 + n), words[at + 1 + n], answerOf) !== undefined,
    );
  return words.filter((word, at) => /^(?:my|our|me)$/iu.test(word) && owns(at)).length;
}

/**
 * The words said before "my" that may hold a name, without those joining it to who the person is
 * (`nameLink`: "Jean is", "Jean, she's", "Jean's" as "Jean is"), and none when they are only such
 * words or open a name ("that's", "she is", "it's": `nameIntro`), which name nobody.
 */
function nameBefore(before: readonly string[], phrases: Phrases): readonly string[] {
  if (before.length === 0 || phrases.is('nameIntro', before.join(' '))) return [];
  const last = before[before.length - 1] ?? '';
  // "Jean's my mum": the "'s" is "is", so it goes as "is" would.
  const spelt = linkedS.test(last) ? [...before.slice(0, -1), last.replace(linkedS, ''), 'is'] : before;
  const isLink = (said: string): boolean => phrases.is('nameLink', said);
  return isLink(spelt.join(' ')) ? [] : spelt.slice(0, longestClosing(spelt, 0, isLink));
}

/** Who the carer is to the person for `said`, or for it owning what follows ("mum's", "mums name"). */
function relationOf(said: readonly string[], next: string | undefined, answerOf: AnswerOf): string | undefined {
  const words = said.join(' ');
  const owning = /['’]s$/u.test(words) || (next !== undefined && bare(next) === 'name');
  return answerOf(words) ?? (owning ? answerOf(bare(words).replace(/s$/u, '')) : undefined);
}

/** The carer's own name and who they are to the person, said after it ("Ann, her daughter"). */
export interface CarersOwnRelation {
  name: string;
  /** Who the carer is to the person, as typed ("daughter"): one of a `carerSays`. */
  relationship: string;
}

/** A word with "'s" that may stand for whose the carer is ("Sam, Jean's daughter-in-law"); its owner in group 1. */
const owning = /^(\p{L}[\p{L}'’-]*)['’]s$/u;

/**
 * The carer's own name, given with who they are to the person beside it: "Ann, her daughter",
 * "Kim his husband", "Sam - Jean's daughter-in-law", "her son, Tom". Only a whole `carerSays`, with
 * whose they are (`carerOf`, or the person's own name with "'s") or a mark between it and the name,
 * and a name alone on the other side: "Ann, her carer" and "Ann Son" read nothing. The word owning
 * the relation must be a word of `person`'s name ("Jean's"), or who the person is to a carer who
 * says that of themselves ("Mum's daughter"): "Bob's daughter" is not Jean's, and "he's son",
 * "it's daughter" own nothing.
 */
export function carersOwnRelation(
  name: string,
  relations: readonly RelationWords[],
  phrases: Phrases,
  person?: string,
): CarersOwnRelation | undefined {
  const personWords = person === undefined ? [] : bare(person).split(/\s+/u);
  const words = name.replace(brackets, ' , ').trim().split(/\s+/u);
  for (let at = 1; at < words.length; at++) {
    const apart = /,$/u.test(words[at - 1]) || /^,/u.test(words[at]);
    const [left, right] = [words.slice(0, at).join(' '), words.slice(at).join(' ')].map((side) =>
      side.replace(endMarks, ''),
    );
    for (const [own, tie] of [
      [left, right],
      [right, left],
    ]) {
      const relationship = carerSaysIn(tie, relations, phrases, apart, personWords);
      if (relationship !== undefined && nameShaped(own, phrases)) return { name: own, relationship };
    }
  }
  return undefined;
}

/**
 * Who the carer is in `tie` ("her daughter" gives "daughter"): whole, after whose, or alone when set
 * apart. A word with "'s" first is whose only when it owns the relation (see `ownsRelation`); any
 * other ("Bob's", "he's") leaves nothing read, never the relation alone.
 */
function carerSaysIn(
  tie: string,
  relations: readonly RelationWords[],
  phrases: Phrases,
  apart: boolean,
  personWords: readonly string[],
): string | undefined {
  const [first, ...rest] = tie.split(/\s+/u);
  const owner = owning.exec(first)?.[1];
  const whose = phrases.is('carerOf', first) || owner !== undefined;
  const said = whose ? rest.join(' ') : tie;
  if (!whose && !apart) return undefined;
  const words = bare(said);
  const saying = relations.filter((relation) => relation.carerSays.some((one) => bare(one) === words));
  if (saying.length === 0) return undefined;
  return owner === undefined || ownsRelation(bare(owner), saying, personWords) ? said : undefined;
}

/**
 * Whether `owner` (before its "'s") is whose the carer is: a word of the person's name, or who the
 * person is to a carer `saying` what they said ("mum" before "daughter"; not "dad" before "wife").
 */
function ownsRelation(owner: string, saying: readonly RelationWords[], personWords: readonly string[]): boolean {
  return personWords.includes(owner) || saying.some((relation) => relation.said.some((one) => bare(one) === owner));
}

/**
 * The words that name the person in a carer's replies, from who the carer said they are
 * (`relationship`: "Daughter", "her son", or "son or daughter" as read from a name): the `said` of
 * the relation it names ("mum", "mother", "dad"…), by its `answer` or the longest `carerSays` in it
 * ("daughter-in-law" before "daughter"). None for one not listed ("paid carer").
 */
export function personByRelation(relationship: string, relations: readonly RelationWords[]): string[] {
  const words = ` ${bare(relationship)} `;
  const named = relations.find((relation) => bare(relation.answer) === words.trim());
  if (named !== undefined) return [...named.said];
  let best: { relation: RelationWords; length: number } | undefined;
  for (const relation of relations) {
    for (const one of relation.carerSays) {
      const said = bare(one);
      if (words.includes(` ${said} `) && said.length > (best?.length ?? 0)) best = { relation, length: said.length };
    }
  }
  return best === undefined ? [] : [...best.relation.said];
}

/**
 * Who the carer is to the person, from whom they say they answer for ("for my dad", "I'm helping my
 * mum, she has COPD"): each relationship said after "my", "our" or "me" (as `ownedWords` reads
 * them), longest first. Only when all of them give one `answer`: "for my mum and my husband" gives none.
 */
export function relationOwnedIn(text: string, relations: readonly RelationWords[]): string | undefined {
  const words = bare(text).split(' ');
  const answers = new Set<string>();
  words.forEach((_, at) => {
    if (at + 1 >= words.length || ownedWords(words.slice(at, at + 2).join(' ')) === undefined) return;
    for (let end = Math.min(words.length, at + 4); end > at + 1; end--) {
      const said = words.slice(at + 1, end).join(' ');
      const answer = relations.find((relation) => relation.said.some((one) => bare(one) === said))?.answer;
      if (answer === undefined) continue;
      answers.add(answer);
      return;
    }
  });
  return answers.size === 1 ? [...answers][0] : undefined;
}
