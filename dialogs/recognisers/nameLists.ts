/**
 * The lists of content/phrases.yaml that say what is and is not a name where one is asked (see
 * `sentenceAsName.ts`, `newName.ts`). Spread into the phrases' schema, so each stays a list of its
 * own, checked at start-up.
 */
import { z } from 'zod';

const list = z.array(z.string().min(1));

export const nameListsShape = {
  /** Words after "call me" or "my name is" that are no name ("call me later"): see `newName.ts`. */
  notAName: list,
  /** Words that describe someone ("very", "forgetful"), never a name: read by `sentenceAsName.ts` only. */
  describingNotName: list,
  /** "She is", "he is" where a name is asked, and first names read as names after them: see `sentenceAsName.ts`. */
  describedAs: list,
  firstNames: list,
  /**
   * Single words that say what someone is like after "she is" ("kind", "deaf", "stubborn"), and the
   * endings of such words ("-ful", "-ous", "-y"): a word on neither is read as a name there.
   */
  describingWords: list,
  describingEndings: list,
};
