/**
 * The writer saying they are under 18 (H489): their own age ("im 14", "I'm only 15 years old") or a
 * school year up to 13 ("I'm in year 10"), in a clause of its own. Only the writer's own words
 * count (`ownAgeLead`): "she is aged 15" or "my son is 14" tells the person's age, not theirs.
 */
import { clausesOf } from '../../safety/whose';
import { bare } from '../../plan/normalise';
import type { PhraseList } from './phraseLists';
import type { Phrases } from './phrases';

/** The youngest age read as one: "im 4" is more likely a slip than a carer of four. */
const youngest = 5;
const adult = 18;
const lastSchoolYear = 13;
/** The top of a 0 to 10 scale: a number above it is no score. */
const maxScore = 10;

/** Whether `clause` starts with `lead` words then a number and ends there or with `after` words. */
function numberAfter(clause: string, lead: PhraseList, after: PhraseList, phrases: Phrases): number | undefined {
  const words = bare(clause).split(' ');
  const at = words.findIndex((word) => /^\d{1,2}$/u.test(word));
  if (at < 1 || !phrases.is(lead, words.slice(0, at).join(' '))) return undefined;
  const rest = words.slice(at + 1).join(' ');
  return rest === '' || phrases.is(after, rest) ? Number(words[at]) : undefined;
}

/** Whether `clause` names years after its number ("im 8 years old"), not only "now" or nothing. */
function yearsNamed(clause: string, phrases: Phrases): boolean {
  const words = bare(clause).split(' ');
  const rest = words.slice(words.findIndex((word) => /^\d{1,2}$/u.test(word)) + 1).join(' ');
  return rest !== '' && rest !== 'now' && phrases.is('ageAfter', rest);
}

/**
 * Whether `text` says its writer is under 18. `atScore`: said to a 0 to 10 question ("how sure?"),
 * where "I'm 7" is a score (H515), so an age there needs its years named ("I'm 14", "I'm 8 years old").
 */
export function under18Said(text: string, phrases: Phrases, { atScore = false } = {}): boolean {
  return clausesOf(text).some((clause) => {
    const age = numberAfter(clause, 'ownAgeLead', 'ageAfter', phrases);
    if (age !== undefined && atScore && age <= maxScore && !yearsNamed(clause, phrases)) return false;
    if (age !== undefined) return age >= youngest && age < adult;
    const year = numberAfter(clause, 'schoolYearLead', 'ageAfter', phrases);
    return year !== undefined && year >= 1 && year <= lastSchoolYear;
  });
}
