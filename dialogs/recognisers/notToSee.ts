import { bare } from '../../plan/normalise';
import type { WithdrawAround } from './withdrawLists';
import { either, listSlot, then, titled, wordsOf } from './wordSlots';

/** The `withdrawAround` words that say someone should not see the plan (content/phrases.yaml). */
export type NotToSeeWords = Pick<WithdrawAround, 'recipients' | 'titles' | 'notWanting' | 'toSee' | 'seen' | 'notSeer'>;

/**
 * Tells whether the words of a message, once what stands around them is off, say that whom the
 * plan went to should not see it (H279): "i dont want dr patel to see it", "i do not want them to
 * see my plan", "i dont want the care team reading this". Whom is one of the `recipients` but the
 * `notSeer` ("him", "her": a carer's may be the person), or a title and a name of one or two words.
 */
export function notToSee(lists: NotToSeeWords): (said: string) => boolean {
  const notSeer = new Set(lists.notSeer.map((item) => wordsOf(item).join(' ')));
  const recipients = lists.recipients.filter((item) => !notSeer.has(wordsOf(item).join(' ')));
  const whom = either(listSlot(recipients), titled(listSlot(lists.titles.flatMap(wordsOf))));
  const saying = then(then(then(listSlot(lists.notWanting), whom), listSlot(lists.toSee)), listSlot(lists.seen));
  return (said) => {
    const words = bare(said).split(' ').filter(Boolean);
    return saying(words, 0).includes(words.length);
  };
}
