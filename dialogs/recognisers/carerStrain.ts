import { z } from 'zod';
import { loadYaml } from '../../content/catalogue';
import { bare } from '../../plan/normalise';
import { distance } from './spelling';
import { familyMatches, familySlot } from './strainFamilies';
import { wordsOf, type Slot } from './wordSlots';

const words = z.array(z.string().min(1));
const families = z.array(z.array(z.array(z.string())).min(1));
const strainSchema = z.object({
  strain: words,
  negation: words,
  clauseStart: words,
  notSlips: words,
  families,
  own: families,
});

/** The word lists of `content/carerStrain.yaml`, as written there. */
export type StrainLists = z.infer<typeof strainSchema>;

interface StrainWords {
  phrases: string[][];
  negation: Set<string>;
  clauseStart: Set<string>;
  notSlips: Set<string>;
  families: Slot[];
  own: Slot[];
}

/**
 * Strain said in a text: its words (`wordsOf`), and where the strain's words end among them, so
 * whose it is can be read from the words up to there (H488). `own`: said in the writer's own form
 * ("nie daję rady", "too much for one person"), needing no "I".
 */
export interface StrainSaid {
  words: string[];
  end: number;
  own: boolean;
}

/** Reads a carer's own words for strain in clear words (H346, H488). */
export interface CarerStrain {
  states(text: string): boolean;
  said(text: string): StrainSaid[];
}

/**
 * A phrase's word as typed: exactly, or with one slip (`distance`, two letters swapped as one) from
 * five letters and two from eight, the first letter as written, and never a word of its own listed
 * in `notSlips` ("not coming" is no "not coping", "turned out" no "burned out": review 29, H407).
 */
function sameWord(typed: string, word: string, notSlips: ReadonlySet<string>): boolean {
  if (typed === word) return true;
  const most = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
  return most > 0 && typed[0] === word[0] && !notSlips.has(typed) && distance(typed, word) <= most;
}

/** Whether a word of negation stands before `at`, reading back at most four words and no further than a clause's start. */
function takenBack(words: string[], at: number, lists: StrainWords): boolean {
  for (let back = at - 1; back >= Math.max(0, at - 4); back--) {
    if (lists.negation.has(words[back])) return true;
    if (lists.clauseStart.has(words[back])) return false;
  }
  return false;
}

/**
 * Where a carer's words state strain in clear words (`content/carerStrain.yaml`: "at the end of my
 * tether", "burnt out", and the families: "we can't cope", "I'm running on empty", "I haven't slept
 * properly in months"), not taken back by a word of negation just before (`takenBack`: "I'm not at
 * the end of my tether"). Ordinary tiredness is no strain (H346).
 */
function strainSaid(text: string, read: StrainWords): StrainSaid[] {
  const said = wordsOf(text);
  const found: StrainSaid[] = [];
  const add = (at: number, end: number, own: boolean): void => {
    if (!takenBack(said, at, read)) found.push({ words: said, end, own });
  };
  for (const phrase of read.phrases) {
    for (let at = 0; at + phrase.length <= said.length; at++) {
      if (phrase.every((word, i) => sameWord(said[at + i], word, read.notSlips))) add(at, at + phrase.length, false);
    }
  }
  for (const [slots, own] of [
    [read.families, false],
    [read.own, true],
  ] as const) {
    for (const family of slots) for (const { at, end } of familyMatches(family, said)) add(at, end, own);
  }
  return found;
}

/**
 * The strain reader over `content/carerStrain.yaml`, loaded and validated at start-up with the
 * other content (`loadParts`): a broken file stops the service starting rather than failing a
 * carer's turn.
 */
export function createCarerStrain(lists: StrainLists = loadYaml('carerStrain.yaml', strainSchema)): CarerStrain {
  const read: StrainWords = {
    phrases: lists.strain.map((phrase) => bare(phrase).split(' ')),
    negation: new Set(lists.negation),
    clauseStart: new Set(lists.clauseStart),
    notSlips: new Set(lists.notSlips.map(bare)),
    families: lists.families.map(familySlot),
    own: lists.own.map(familySlot),
  };
  return { states: (text) => strainSaid(text, read).length > 0, said: (text) => strainSaid(text, read) };
}
