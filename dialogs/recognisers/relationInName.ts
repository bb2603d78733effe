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
  return relationAround(typed, answerOf, phrases) ?? relationBeside(typed, answerOf, phrases) ?? opening;
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
