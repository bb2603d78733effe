/**
 * Families of a carer's strain (`content/carerStrain.yaml`, `families` and `own`: H488): a run of
 * slots, each one of its words or phrases, so "we can't cope", "I cannae dae this nae mair" and
 * "I've not had a proper night's sleep in weeks" are read without each wording being listed.
 */
import { listSlot, then, type Slot, type Words } from './wordSlots';

/** A family as written: its slots in order, each a list of words or phrases ("" none, "$" the end). */
export type FamilyLists = readonly (readonly string[])[];

/** One slot: a phrase of its list as whole words, nothing when it holds "", the end of the words when "$". */
function slotOf(items: readonly string[]): Slot {
  const phrases = listSlot(items.filter((item) => item !== '' && item !== '$'));
  const none = items.includes('');
  const end = items.includes('$');
  return (words, at) => [...phrases(words, at), ...(none || (end && at === words.length) ? [at] : [])];
}

/** A family's slots one after another. */
export function familySlot(family: FamilyLists): Slot {
  return family.map(slotOf).reduce((first, second) => then(first, second));
}

/** Where a family's words stand in `words`: the first word and the one after the last, the shortest at each start. */
export function familyMatches(family: Slot, words: Words): { at: number; end: number }[] {
  const found: { at: number; end: number }[] = [];
  for (let at = 0; at < words.length; at++) {
    const ends = family(words, at).filter((end) => end > at);
    if (ends.length > 0) found.push({ at, end: Math.min(...ends) });
  }
  return found;
}
