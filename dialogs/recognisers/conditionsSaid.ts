import type { Option } from '../../content/packs/packSchema';
import { bare } from '../../plan/normalise';
import type { Recognised } from '../../plan/recognised';
import { clauseBreaks, recogniseChoices, type PickRules, type Picks } from './choices';
import { otherWords } from './otherWords';
import { longestClosing } from './phraseRuns';
import type { Phrases } from './phrases';

/** Conditions said in a clause after who is answering, and the words before it. */
export interface ConditionsSaid {
  /** The words before the clause, which name the option picked on their own. */
  head: string;
  /** The clause as typed, said back when the conditions are offered. */
  words: string;
  /** The option picked, whose `saysConditions` opened the clause. */
  of: string;
  /** The options of the conditions question the clause names, in its order. */
  ids: string[];
  /**
   * Words kept as said for the "something else" option: conditions not on the list ("lupus"), or
   * the whole clause when it was said as a possibility ("I think he has dementia"), which names
   * no listed condition: it is no diagnosis.
   */
  other?: string;
}

/** What the conditions question's options and rules are, to read a clause against. */
export interface ConditionsQuestion {
  options: readonly Option[];
  /** The option for a condition not on the list: never offered from a clause. */
  otherId?: string;
}

export const wordsOf = (text: string): string[] => bare(text).split(' ').filter(Boolean);

export const startsWith = (words: readonly string[], start: readonly string[]): boolean =>
  start.length > 0 && start.length <= words.length && start.every((word, i) => words[i] === word);

/**
 * Where a clause about the person may start: a clause break, or any space (a text often has no
 * comma). A split counts only where the words after it open with a `saysConditions` phrase.
 */
const splits = new RegExp(`${clauseBreaks.source}|\\s+`, 'gu');

/** The most words a condition not on the list is kept in, from a clause: more is a story, not a name. */
const maxOwnWords = 6;

/** Marks left at the end of the words before a clause once a hedge is taken off them ("for my dad,"). */
const endMarks = /[\s,;:.!\u2013\u2014-]+$/u;

/** Where the sentence of a clause ends: a full stop, semicolon, question or exclamation mark, or a dash (not a comma: lists). */
export const sentenceEnd = /[.;!?]+|\s[-\u2013\u2014]+\s/u;

/**
 * Whether the words around a clause, past its end, name an option other than the one picked
 * ("..., I have COPD. I'm filling this in for my husband"): the reply says two things of who is
 * answering, and the clause cannot be set aside to settle it.
 */
function namesAnother(words: string, picked: string, options: readonly Option[], phrases: Phrases): boolean {
  if (words.trim() === '') return false;
  // Read as the single choice it is: a list's reading takes "answering for my" as the start of a name.
  const named = recogniseChoices(words, options, phrases, { multiple: false });
  return named.ok ? named.value.ids.some((id) => id !== picked) : named.code === 'too_many';
}

/**
 * A clause after the pick that says the person has conditions, opened by one of the picked
 * option's `saysConditions`, read to the end of its sentence or where another subject starts (a
 * word that opens any option's phrases or asides). Only when the clause names a condition, on the
 * list or in the person's own words (`ownConditions`), and the words before it name that option
 * alone; undefined otherwise, so the reply is read whole, as ever, and nothing is offered. A
 * `conditionHedge` straight before the clause ("I think") makes it a possibility: kept whole, as
 * said, as "something else", never as the listed condition it names. A clause that denies anything (`ownTermsDenial`) ends
 * the search: what it says of the person's conditions is in doubt. So do words after the clause
 * that name another option (`namesAnother`): set aside with it, they would go unread.
 */
export function conditionsSaid(
  text: string,
  who: { options: readonly Option[]; rules: PickRules },
  conditions: ConditionsQuestion,
  phrases: Phrases,
): ConditionsSaid | undefined {
  const subjects = new Set(
    who.options.flatMap((o) => [...(o.asides ?? []), ...(o.saysConditions ?? [])].map((p) => wordsOf(p)[0])),
  );
  for (const clauseBreak of text.matchAll(splits)) {
    const head = text.slice(0, clauseBreak.index);
    const after = text.slice(clauseBreak.index + clauseBreak[0].length);
    const sentence = after.split(sentenceEnd)[0];
    const tokens = sentence.trim().split(/\s+/u);
    const clause = tokens.map(bare);
    for (const option of who.options) {
      const opening = (option.saysConditions ?? [])
        .map(wordsOf)
        .filter((phrase) => startsWith(clause, phrase))
        .sort((a, b) => b.length - a.length)[0];
      if (!opening) continue;
      const end = clause.findIndex((word, i) => i >= opening.length && subjects.has(word));
      const rest = tokens.slice(opening.length, end < 0 ? undefined : end).join(' ');
      if (phrases.within('ownTermsDenial', rest)) return undefined;
      const tail = [...(end < 0 ? [] : tokens.slice(end)), after.slice(sentence.length)].join(' ');
      if (namesAnother(tail, option.id, who.options, phrases)) return undefined;
      if (rest === '') continue;
      const named = recogniseChoices(rest, conditions.options, phrases, { multiple: true });
      const ids = named.ok ? named.value.ids.filter((id) => id !== conditions.otherId) : [];
      const own = ownConditions(named, rest, phrases);
      const hedge = hedgeBefore(head, phrases);
      const pick = recogniseChoices(hedge?.head ?? head, who.options, phrases, who.rules);
      const time = ids.length === 0 && own === undefined && !hedge && saysTime(rest, phrases);
      if (ids.length === 0 && own === undefined && !time) continue;
      if (!pick.ok || pick.value.ids.length !== 1 || pick.value.ids[0] !== option.id) continue;
      const words = tokens.join(' ').replace(/[\s,]+$/u, '');
      // Time or waiting, no condition: set aside so the pick stands, and nothing offered.
      if (time) return { head, words, of: option.id, ids: [] };
      if (hedge) {
        const said = `${hedge.words} ${words}`;
        return { head: hedge.head, words: said, of: option.id, ids: [], other: said };
      }
      return { head, words, of: option.id, ids, ...(own === undefined ? {} : { other: own }) };
    }
  }
  return undefined;
}

/**
 * The words of a clause no listed condition matched, kept as said ("lupus" in "lupus and
 * diabetes"): only a few words, none of them `notConditions` ("to do this for mum", "a question").
 */
export function ownConditions(named: Recognised<Picks>, rest: string, phrases: Phrases): string | undefined {
  const other = otherWords(named, rest.trim(), phrases, 0);
  if (!other?.ok) return undefined;
  const words = wordsOf(other.value.other);
  if (words.length > maxOwnWords || phrases.is('none', other.value.other)) return undefined;
  const notOne = (i: number): boolean =>
    [1, 2].some((n) => phrases.is('notConditions', words.slice(i, i + n).join(' ')));
  if (words.some((_, i) => notOne(i)) || saysTime(rest, phrases)) return undefined;
  return other.value.other.replace(/[\s,.;:!]+$/u, '');
}

/** A word that says something done ("walking", "going out"): English's "-ing" form, two letters or more before it. */
const doing = /^\p{L}{2,}ing$/u;

/**
 * The words said as meant for the conditions ("sorry I meant lupus"), kept as said, when they can
 * be a condition: read as `ownConditions` reads them, and with no word that says something done
 * ("walking", "gardening", "going out"), unless it names a condition or symptom (`conditionIng`:
 * "hearing loss", "wheezing"). "Sorry I meant walking" at what matters most is its answer
 * (review 23 finding 8).
 */
export function meantCondition(named: Recognised<Picks>, text: string, phrases: Phrases): string | undefined {
  const own = ownConditions(named, text, phrases);
  const done = (word: string): boolean => doing.test(word) && !phrases.is('conditionIng', word);
  return own === undefined || wordsOf(own).some(done) ? undefined : own;
}

/** Whether a clause's words say time or waiting (`notConditionsTime`: "a few minutes", "been waiting ages"). */
function saysTime(rest: string, phrases: Phrases): boolean {
  return wordsOf(rest).some((word) => phrases.is('notConditionsTime', word));
}

/** A `conditionHedge` ending the words before a clause ("for my dad, I think"): the words before it, and it as typed. */
function hedgeBefore(head: string, phrases: Phrases): { head: string; words: string } | undefined {
  const typed = head.trim().split(/\s+/u);
  const start = longestClosing(typed.map(bare), 0, (said) => phrases.is('conditionHedge', said));
  if (start >= typed.length) return undefined;
  const words = typed.slice(start).join(' ').replace(endMarks, '');
  return { head: typed.slice(0, start).join(' ').replace(endMarks, ''), words };
}
