import type { Option } from '../../content/packs/packSchema';
import { bare } from '../../plan/normalise';
import { clauseBreaks, recogniseChoices, type PickRules } from './choices';
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
}

/** What the conditions question's options and rules are, to read a clause against. */
export interface ConditionsQuestion {
  options: readonly Option[];
  /** The option for a condition not on the list: never offered from a clause. */
  otherId?: string;
}

const wordsOf = (text: string): string[] => bare(text).split(' ').filter(Boolean);

const startsWith = (words: readonly string[], start: readonly string[]): boolean =>
  start.length > 0 && start.length <= words.length && start.every((word, i) => words[i] === word);

/**
 * Where a clause about the person may start: a clause break, or any space (a text often has no
 * comma). A split counts only where the words after it open with a `saysConditions` phrase.
 */
const splits = new RegExp(`${clauseBreaks.source}|\\s+`, 'gu');

/** Where the sentence of a clause ends: a full stop, semicolon, question or exclamation mark, or a dash (not a comma: lists). */
const sentenceEnd = /[.;!?]+|\s[-\u2013\u2014]+\s/u;

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
 * word that opens any option's phrases or asides). Only when the clause names a condition on the
 * list and the words before it name that option alone; undefined otherwise, so the reply is read
 * whole, as ever, and nothing is offered. A clause that denies anything (`ownTermsDenial`) ends
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
      const named = rest === '' ? undefined : recogniseChoices(rest, conditions.options, phrases, { multiple: true });
      const ids = named?.ok ? named.value.ids.filter((id) => id !== conditions.otherId) : [];
      const pick = recogniseChoices(head, who.options, phrases, who.rules);
      if (ids.length === 0 || !pick.ok || pick.value.ids.length !== 1 || pick.value.ids[0] !== option.id) continue;
      return { head, words: tokens.join(' ').replace(/[\s,]+$/u, ''), of: option.id, ids };
    }
  }
  return undefined;
}
