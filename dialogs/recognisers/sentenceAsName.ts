import type { Option } from '../../content/packs/packSchema';
import { bare } from '../../plan/normalise';
import { ownedWords } from '../../plan/recordView';
import { recogniseChoices } from './choices';
import { namesOf } from './namedOption';
import { nameSaid } from './nameSaid';
import type { Phrases } from './phrases';
import { closeEnough, soundsLike } from './spelling';

/**
 * Whether the name read from `typed` at a name question (`nameSaid`) is a sentence about someone
 * rather than a name (explorer 25: a carer's "she has dementia and heart failure" was kept as her
 * own name). Only a reply that opens as a sentence about someone does (a `clauseOpening` word such
 * as "she", "he's"), and then only when what was read as the name opens so too and is not written
 * as a name, each word with a capital ("She has dementia", never "He Wei"), or names a condition
 * on the list (`conditions`: "she's got dementia" read as "got dementia"), or holds a word that
 * describes someone (`describingNotName`: "she is very forgetful now", H266), or says what someone
 * is in small letters (`describedAs`: "she is frank", "he is fine") in words that open with no known
 * first name (`firstNames`: "she is jean" stays Jean) and are no single word that reads as a name
 * ("he is jarek" stays Jarek). "She's Jean" and "she is Frank" stay names,
 * and "i'm doris day" Doris Day: `notAName` ("call me Monday") holds surnames, so is not read.
 * Nor is a reply of conditions alone a name ("dementia and heart failure", explorer 27: see `onlyConditions`).
 */
export function sentenceAsName(typed: string, conditions: readonly Option[], phrases: Phrases): boolean {
  const opening = bare(typed.trim().split(/\s+/u)[0] ?? '');
  if (!phrases.is('clauseOpening', opening)) return onlyConditions(typed, conditions, phrases);
  const words = nameSaid(typed, phrases).name.trim().split(/\s+/u);
  const writtenAsName = words.every((word) => /^\p{Lu}/u.test(word));
  if (phrases.is('clauseOpening', bare(words[0] ?? '')) && !writtenAsName) return true;
  if (!writtenAsName && words.some((word) => phrases.is('describingNotName', bare(word)))) return true;
  if (!writtenAsName && describedAs(typed, words, conditions, phrases)) return true;
  if (words.length < 2) return false;
  const picks = recogniseChoices(words.slice(1).join(' '), conditions, phrases, { multiple: true });
  return picks.ok && picks.value.ids.some((id) => id !== 'other');
}

/**
 * Whether `typed` is "she is" or the like (`describedAs`) and then `name`, whose first word is no
 * known first name and which is no first name of its own (`nameOfItsOwn`): "she is frank", not
 * "she's called siobhan", "she is mary smith" nor "he is jarek"; nor a condition on the list said
 * so ("she is cancer"). Who the person is to the carer
 * ("she is my mum") is kept as ever, in place of a name.
 */
function describedAs(typed: string, name: readonly string[], conditions: readonly Option[], phrases: Phrases): boolean {
  if (ownedWords(name.join(' ')) !== undefined) return false;
  const said = bare(typed).split(' ');
  const named = name.map(bare);
  const at = said.findIndex((_, i) => named.every((word, j) => said[i + j] === word));
  if (at <= 0 || !phrases.is('describedAs', said.slice(0, at).join(' '))) return false;
  if (phrases.is('firstNames', named[0] ?? '')) return false;
  // A condition on the list said so ("she is cancer", "he is parkinsons") is no name (review 28, H338).
  return namesCondition(named, conditions) || !nameOfItsOwn(named, phrases);
}

/**
 * Whether `named` is the name of a condition on the list ("cancer", "copd", "parkinsons"), as written
 * there or misspelt as the conditions question forgives (`closeEnough`: "diabetis", "parkinson",
 * dialog 29, H380), one way or the other ("asmatic" for asthmatic). Only words of
 * `misspeltFrom` letters or more may be misspelt: "mina" is no "mind", nor "dia" diabetes.
 */
function namesCondition(named: readonly string[], conditions: readonly Option[]): boolean {
  const said = named.join(' ');
  const near = (name: string): boolean =>
    name === said ||
    (said.length >= misspeltFrom && closeEnough(said, name)) ||
    (name.length >= misspeltLong && closeEnough(name, said)) ||
    // Spelt as it sounds ("diabeets", "demenshia", "artheritis"), one long word for another (H436).
    (said.length >= misspeltFrom && name.length >= misspeltFrom && !/\s/u.test(said + name) && soundsLike(said, name));
  return conditions.some((option) => option.id !== 'other' && namesOf(option).some(near));
}

/** The fewest letters a word said after "she is" has to be read as a condition misspelt. */
const misspeltFrom = 6;
/** The fewest letters a condition's name has to be matched by a word two letters off it, shorter or longer. */
const misspeltLong = 8;

/** The fewest letters before a `describingEndings` ending: "fred" and "ted" are no "-ed" words. */
const stemBeforeEnding = 3;

/**
 * Whether `named`, said after "she is" in small letters and on no list of first names, is one word
 * that reads as a name rather than as what someone is like ("he is jarek", H266): letters only, on
 * no list of words that describe someone or are no name, and not ending as such words do
 * ("-ful", "-ous", "-y": "forgetful", "anxious", "grumpy"). Two words or more ("a joy") describe.
 */
function nameOfItsOwn(named: readonly string[], phrases: Phrases): boolean {
  const [word] = named;
  if (named.length !== 1 || word === undefined || !/^\p{L}{3,}$/u.test(word)) return false;
  const lists = ['describingWords', 'describingNotName', 'notAName', 'carerState'] as const;
  if (lists.some((list) => phrases.is(list, word))) return false;
  const endings = Array.from({ length: word.length - stemBeforeEnding }, (_, i) => word.slice(stemBeforeEnding + i));
  return !endings.some((ending) => phrases.is('describingEndings', ending));
}

/**
 * Whether `typed` is nothing but conditions on the list, in more than one word and not written as
 * a name ("dementia and heart failure"): "Tia" or "Heart" alone may be someone's name.
 */
function onlyConditions(typed: string, conditions: readonly Option[], phrases: Phrases): boolean {
  const words = typed.trim().split(/\s+/u);
  if (words.length < 2 || words.every((word) => /^\p{Lu}/u.test(word))) return false;
  const picks = recogniseChoices(typed, conditions, phrases, { multiple: true });
  return picks.ok && picks.value.unmatched.length === 0 && picks.value.ids.every((id) => id !== 'other');
}
