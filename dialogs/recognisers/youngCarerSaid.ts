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

/** Whether `clause` starts with `lead` words then a number and ends there or with `after` words. */
function numberAfter(clause: string, lead: PhraseList, after: PhraseList, phrases: Phrases): number | undefined {
  const words = bare(clause).split(' ');
  const at = words.findIndex((word) => /^\d{1,2}$/u.test(word));
  if (at < 1 || !phrases.is(lead, words.slice(0, at).join(' '))) return undefined;
  const rest = words.slice(at + 1).join(' ');
  return rest === '' || phrases.is(after, rest) ? Number(words[at]) : undefined;
}

/** Whether `text` says its writer is under 18. */
export function under18Said(text: string, phrases: Phrases): boolean {
  return clausesOf(text).some((clause) => {
    const age = numberAfter(clause, 'ownAgeLead', 'ageAfter', phrases);
    if (age !== undefined) return age >= youngest && age < adult;
    const year = numberAfter(clause, 'schoolYearLead', 'ageAfter', phrases);
    return year !== undefined && year >= 1 && year <= lastSchoolYear;
  });
}
