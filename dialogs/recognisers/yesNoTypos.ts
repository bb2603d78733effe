import type { Phrases } from './phrases';
import { fail, ok, type Recognised } from '../../plan/recognised';

/**
 * A whole reply that is a yes or a no mistyped ("yse", "noo"; the lists in content/phrases.yaml):
 * "yse" to "add another goal?" was "Sorry, I didn't understand". A mistyped yes is never taken
 * where a yes shares or deletes (`needsClearYes`): there it is `unclear`, and asked again, so
 * consent is only ever given in a word the person plainly typed. A mistyped no is a no anywhere
 * (a no shares and deletes nothing). A yes or a no with a number stuck to it ("Y1", "1y", "n 1")
 * is neither, read as `yesno_with_number`: which was meant is not plain, and the question may ask
 * about harm (H268). Undefined when the reply is no such slip.
 */
export function typoAnswer(text: string, phrases: Phrases, needsClearYes = false): Recognised<boolean> | undefined {
  if (withNumber(text, phrases)) return fail('yesno_with_number');
  if (phrases.is('noTypo', text)) return ok(false);
  if (phrases.is('yesTypo', text)) return needsClearYes ? fail('unclear') : ok(true);
  return undefined;
}

/** A whole reply of one word and a number beside it, either way round ("Y1", "1y", "yes 1"). */
const wordAndNumber = /^(?:(\p{L}+)\s*\d+|\d+\s*(\p{L}+))[.!]*$/u;

/** Whether `text` is a yes or a no, or a slip of one, with a number stuck to it. */
function withNumber(text: string, phrases: Phrases): boolean {
  const word =
    wordAndNumber
      .exec(text.trim())
      ?.slice(1)
      .find((part) => part !== undefined) ?? '';
  return (['yes', 'no', 'yesTypo', 'noTypo'] as const).some((list) => word !== '' && phrases.is(list, word));
}
