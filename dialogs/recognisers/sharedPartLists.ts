/**
 * The lists of content/phrases.yaml that read, once a plan is shared, a part of it asked back out of
 * what is shared (H321) or back into it (truth 29). Spread into the phrases' schema, so each stays a
 * list of its own, checked at start-up.
 */
import { z } from 'zod';

const list = z.array(z.string().min(1));

export const sharedPartListsShape = {
  /** Words asking that a part of a plan shared go back, or not be seen ("take back", "didn't see"): see `partTakeBack.ts`. */
  partTakeBack: list,
  /**
   * Asking for a part taken back to be shared again (see `partShareAgain.ts`): one of
   * `partShareAgain` ("again", "after all", "back in") and one of `partShareVerb` ("share", "see"),
   * with none of `partShareNot` ("don't", "never", a question whether it was).
   */
  partShareAgain: list,
  partShareVerb: list,
  partShareNot: list,
};
