import { bare } from '../../plan/normalise';

/**
 * What may stand around a command phrase in a longer message and leave it a command: words that
 * ask or explain (`before`), words that end a request (`after`), and whom it is about, after one of
 * the `joiners`: one of the `recipients`, or one of the `titles` and a name of one or two words.
 */
export interface AroundWords {
  before: readonly string[];
  after: readonly string[];
  joiners: readonly string[];
  recipients: readonly string[];
  titles: readonly string[];
}

/** The longest name that may follow a title ("Dr Sam Patel"). */
const nameWords = 2;

type Words = readonly string[];

const wordsOf = (text: string): string[] => bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);

/** Word lists, longest first, so "can you please" goes before "can you". */
const longestFirst = (items: readonly string[]): Words[] =>
  items
    .map(wordsOf)
    .filter((words) => words.length > 0)
    .sort((a, b) => b.length - a.length);

const same = (a: Words, b: Words): boolean => a.length === b.length && a.every((word, i) => word === b[i]);

/** `words` with any of `lists` taken off its start, again and again. */
function trimStart(words: Words, lists: readonly Words[]): Words {
  for (;;) {
    const found = lists.find((list) => list.length < words.length && same(words.slice(0, list.length), list));
    if (!found) return words;
    words = words.slice(found.length);
  }
}

/** `words` with any of `lists` taken off its end, again and again. */
function trimEnd(words: Words, lists: readonly Words[]): Words {
  for (;;) {
    const found = lists.find((list) => list.length < words.length && same(words.slice(-list.length), list));
    if (!found) return words;
    words = words.slice(0, -found.length);
  }
}

/**
 * Tells whether a message is one of `phrases` (bare forms, as matched whole) with nothing around it
 * but `around`: "please stop sharing my plan with the doctor" is "stop sharing my plan". Whatever
 * else a message says keeps it from matching, so an answer that only mentions who sees what is
 * never taken for the command. Each word list is matched whole, never a word within a word.
 */
export function phraseAround(
  phrases: Pick<ReadonlySet<string>, 'has'>,
  around: AroundWords,
): (text: string) => boolean {
  const before = longestFirst(around.before);
  const after = longestFirst(around.after);
  const joiners = new Set(around.joiners.flatMap(wordsOf));
  const recipients = new Set(longestFirst(around.recipients).map((words) => words.join(' ')));
  const titles = new Set(around.titles.flatMap(wordsOf));
  const longestRecipient = Math.max(nameWords + 1, ...longestFirst(around.recipients).map((words) => words.length));

  /** Whether `words`, after a joiner, name whom the plan went to. */
  const isWhom = (words: Words): boolean =>
    recipients.has(words.join(' ')) ||
    (titles.has(words[0] ?? '') && words.length >= 2 && words.length <= nameWords + 1);

  /** `words` without a joiner and whom at its end, if it ends so. */
  const withoutWhom = (words: Words): Words => {
    for (let at = words.length - 2; at >= Math.max(1, words.length - 1 - longestRecipient); at--) {
      if (joiners.has(words[at]) && isWhom(words.slice(at + 1))) return words.slice(0, at);
    }
    return words;
  };

  return (text) => {
    const words = trimEnd(withoutWhom(trimEnd(trimStart(wordsOf(text), before), after)), after);
    return phrases.has(words.join(' '));
  };
}
