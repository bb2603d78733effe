import { bare } from '../../plan/normalise';

/** The `withdrawAround` words that say someone should not see the plan (content/phrases.yaml). */
export interface NotToSeeWords {
  recipients: readonly string[];
  titles: readonly string[];
  notWanting: readonly string[];
  toSee: readonly string[];
  seen: readonly string[];
  notSeer: readonly string[];
}

/** The longest name that may follow a title ("Dr Sam Patel"). */
const nameWords = 2;

type Words = readonly string[];

const wordsOf = (text: string): string[] => bare(text).split(' ').filter(Boolean);

/** Where each phrase of `items` that starts at `at` in `words` ends. */
function ends(words: Words, at: number, items: readonly Words[]): number[] {
  return items.filter((item) => item.every((word, i) => words[at + i] === word)).map((item) => at + item.length);
}

/**
 * Tells whether the words of a message, once what stands around them is off, say that whom the
 * plan went to should not see it (H279): "i dont want dr patel to see it", "i do not want them to
 * see my plan", "i dont want the care team reading this". Whom is one of the `recipients` but the
 * `notSeer` ("him", "her": a carer's may be the person), or a title and a name of one or two words.
 */
export function notToSee(lists: NotToSeeWords): (said: string) => boolean {
  const [notWanting, toSee, seen] = [lists.notWanting, lists.toSee, lists.seen].map((items) => items.map(wordsOf));
  const notSeer = new Set(lists.notSeer.map((item) => wordsOf(item).join(' ')));
  const recipients = lists.recipients.map(wordsOf).filter((words) => !notSeer.has(words.join(' ')));
  const titles = new Set(lists.titles.flatMap(wordsOf));
  const whom = (words: Words, at: number): number[] => [
    ...ends(words, at, recipients),
    ...(titles.has(words[at] ?? '') ? Array.from({ length: nameWords }, (_, i) => at + i + 2) : []),
  ];
  return (said) => {
    const words = wordsOf(said);
    return ends(words, 0, notWanting)
      .flatMap((at) => whom(words, at))
      .filter((at) => at < words.length)
      .flatMap((at) => ends(words, at, toSee))
      .some((at) => ends(words, at, seen).includes(words.length));
  };
}
