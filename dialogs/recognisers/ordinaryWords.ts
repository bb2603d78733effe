/**
 * Words beside an option's name that say it was not picked: an ordinary word that only looks like
 * the name ("come back", "park"), unless it is a body part misspelt as one's own ("my hops"), and a
 * run that only says how something named is now ("isnt great either"), and an age said beside it
 * ("im 16"). Read by `choices.ts`.
 */
import type { Phrases } from './phrases';

/** The most words either side of a name that an ordinary use of it spans ("can we come back"). */
const ordinaryReach = 2;

/**
 * Whether the `length` words at `at` are, with the words round them, an ordinary word that only
 * looks like an option's name (`notConditionWords`: "come back", "park", "hear"): no pick among
 * other words ("can we come back to this", "walking in the park", "I can't hear well", H315).
 */
export function ordinaryThere(words: readonly string[], at: number, length: number, phrases: Phrases): boolean {
  if (length === 1 && bodyPartSlip(words, at, phrases)) return false;
  for (let from = Math.max(0, at - ordinaryReach); from <= at; from++) {
    for (let to = at + length; to <= Math.min(words.length, at + length + ordinaryReach); to++) {
      if (phrases.is('notConditionWords', words.slice(from, to).join(' '))) return true;
    }
  }
  return false;
}

/**
 * Whether the word at `at` is a body part misspelt as an ordinary word (`bodyPartSlips`), said as
 * someone's own straight after a `bodyOwner` word ("my hops are bad"), or after a `bodySide` that
 * follows one ("her left knew"): read as the body part, where "hops in beer", "I knew" and "we both
 * knew" are no condition (dialog 29, H382; review 29, H404).
 */
function bodyPartSlip(words: readonly string[], at: number, phrases: Phrases): boolean {
  if (at === 0 || !phrases.is('bodyPartSlips', words[at])) return false;
  const owner = phrases.is('bodySide', words[at - 1]) ? at - 2 : at - 1;
  return owner >= 0 && phrases.is('bodyOwner', words[owner]);
}

/** Whether `run` only says how something named is now ("isnt great either", "playing up lately"). */
export function howItIs(run: string, phrases: Phrases): boolean {
  const words = run.split(' ');
  return words.some((_, end) => {
    const after = words.slice(end + 1).join(' ');
    return (
      phrases.is('howItIs', words.slice(0, end + 1).join(' ')) && (after === '' || phrases.is('howItIsAfter', after))
    );
  });
}

/** A number of years: one or two digits. */
const years = /^\d{1,2}$/u;

/**
 * Whether `part` only says someone's age: an `ageLead` ("im", "aged") before one or two digits, and
 * an `ageAfter` ("years old") or nothing after ("im 16", "aged 16", "im 16 years old"). A young
 * carer saying so names no option, and is no part that named nothing (H444).
 */
export function ageSaid(part: string, phrases: Phrases): boolean {
  const words = part.split(' ');
  const at = words.findIndex((word) => years.test(word));
  if (at < 1) return false;
  const after = words.slice(at + 1).join(' ');
  return phrases.is('ageLead', words.slice(0, at).join(' ')) && (after === '' || phrases.is('ageAfter', after));
}
