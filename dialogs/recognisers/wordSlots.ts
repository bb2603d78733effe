/**
 * Reading a message as a run of slots, each a phrase of a list in content/phrases.yaml matched as
 * whole words, so a form is read whole and a word that only mentions the same thing is not taken
 * for it: `whoSeesAsked.ts` ("can my daughter see this?") and `notToSee.ts` ("i dont want dr patel
 * to see it").
 */
import { bare } from '../../plan/normalise';
import { phraseStarts } from './phraseStarts';

export type Words = readonly string[];
/** Where a slot that starts at `at` in `words` may end: none when it cannot start there. */
export type Slot = (words: Words, at: number) => number[];

/** The longest name said after a title ("Dr Sam Patel"). */
export const nameWords = 2;

export const wordsOf = (text: string): string[] => bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);

/** A slot of one phrase of `items`, matched as whole words. */
export function listSlot(items: readonly string[]): Slot {
  const set = new Set(items.map((item) => wordsOf(item).join(' ')));
  const starts = phraseStarts(set);
  return (words, at) => {
    const ends: number[] = [];
    const longest = starts.get(words[at]) ?? 0;
    for (let end = at + 1; end <= Math.min(words.length, at + longest); end++) {
      if (set.has(words.slice(at, end).join(' '))) ends.push(end);
    }
    return ends;
  };
}

/** One slot, then another straight after it. */
export const then =
  (first: Slot, second: Slot): Slot =>
  (words, at) =>
    first(words, at).flatMap((end) => second(words, end));

/** Any of `slots`. */
export const either =
  (...slots: Slot[]): Slot =>
  (words, at) =>
    slots.flatMap((slot) => slot(words, at));

/** A title and a name of one or two words ("Dr Patel", "Nurse Jones"). */
export function titled(titles: Slot): Slot {
  return (words, at) =>
    titles(words, at).flatMap((end) =>
      Array.from({ length: nameWords }, (_, i) => end + i + 1).filter((stop) => stop <= words.length),
    );
}

/** `slot` as many times in a row as it goes, none included. */
export function repeated(slot: Slot): Slot {
  return (words, at) => {
    const seen = new Set([at]);
    const queue = [at];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const end of slot(words, next)) {
        if (seen.has(end)) continue;
        seen.add(end);
        queue.push(end);
      }
    }
    return [...seen];
  };
}
