/**
 * The lists of content/phrases.yaml that tell an ordinary word from a condition's name among other
 * words at the conditions (see `choices.ts`), and time said where a condition might be. Spread into the phrases' schema, so each stays a list
 * of its own, checked at start-up.
 */
import { z } from 'zod';

const list = z.array(z.string().min(1));

export const conditionWordListsShape = {
  /** Time or waiting there ("I've got a few minutes"): set aside, so the pick stands (see `conditionsSaid.ts`). */
  notConditionsTime: list,
  /** Ordinary words that only look like a condition's name among other words ("come back", "park"): see `choices.ts`. */
  notConditionWords: list,
  /**
   * Words of `notConditionWords` that are a body part misspelt when someone's own ("my hops", "her
   * knew"), and the words before them that make them so (`bodyOwner`): see `choices.ts`.
   */
  bodyPartSlips: list,
  bodyOwner: list,
  /** "left", "right", "both": an owner only after a `bodyOwner` word ("her left knew", not "we both knew"). */
  bodySide: list,
};
