import { z } from 'zod';
import { loadYaml } from '../../content/catalogue';
import { bare } from '../../plan/normalise';
import { distance } from './spelling';

const words = z.array(z.string().min(1));
const strainSchema = z.object({ strain: words, negation: words, clauseStart: words, notSlips: words });

/** The word lists of `content/carerStrain.yaml`, as written there. */
export type StrainLists = z.infer<typeof strainSchema>;

interface StrainWords {
  phrases: string[][];
  negation: Set<string>;
  clauseStart: Set<string>;
  notSlips: Set<string>;
}

/** Reads a carer's own words for strain in clear words (H346). */
export interface CarerStrain {
  states(text: string): boolean;
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
 * Whether a carer's own words state strain in clear words (`content/carerStrain.yaml`: "at the end
 * of my tether", "can't cope", "burnt out", "not slept in weeks"), not taken back by a word of
 * negation just before (`takenBack`: "I'm not at the end of my tether"). Ordinary tiredness is no
 * strain (H346).
 */
function statesStrain(text: string, read: StrainWords): boolean {
  const said = bare(text).split(' ');
  return read.phrases.some((phrase) => {
    for (let at = 0; at + phrase.length <= said.length; at++) {
      const matches = phrase.every((word, i) => sameWord(said[at + i], word, read.notSlips));
      if (matches && !takenBack(said, at, read)) return true;
    }
    return false;
  });
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
  };
  return { states: (text) => statesStrain(text, read) };
}
