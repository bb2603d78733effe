import type { Phrases } from './phrases';
import { fail, ok, type Recognised } from '../../plan/recognised';

/**
 * A whole reply that is a yes or a no mistyped ("yse", "noo"; the lists in content/phrases.yaml):
 * "yse" to "add another goal?" was "Sorry, I didn't understand". A mistyped yes is never taken
 * where a yes shares or deletes (`needsClearYes`): there it is `unclear`, and asked again, so
 * consent is only ever given in a word the person plainly typed. A mistyped no is a no anywhere
 * (a no shares and deletes nothing). Undefined when the reply is no such slip.
 */
export function typoAnswer(text: string, phrases: Phrases, needsClearYes = false): Recognised<boolean> | undefined {
  if (phrases.is('noTypo', text)) return ok(false);
  if (phrases.is('yesTypo', text)) return needsClearYes ? fail('unclear') : ok(true);
  return undefined;
}
