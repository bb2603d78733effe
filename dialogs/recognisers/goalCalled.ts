import { bare } from '../../plan/normalise';

/** Endings taken off a word to compare it with another ("walking" and "walk", "loss" and "lose"). */
const ending = /(?:ing|ed|es|s|e)$/;

/** A word without its ending, and one letter of a double consonant left there ("swimming": "swim"). */
function stem(word: string): string {
  const cut = word.length > 4 ? word.replace(ending, '') : word.replace(/(?:s|e)$/, '');
  return /([^aeiou])\1$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Words too short to tell one goal from another ("to", "a", "my"). */
const shortest = 3;

/**
 * The one goal of `goals` (number and words) that `words` call it by ("the walking goal" is
 * "walk more"): some word of each the same once endings are off. Undefined when none is, or more
 * than one: then it is not known which goal is meant.
 */
export function goalCalled(
  words: readonly string[],
  goals: ReadonlyArray<readonly [number, string]>,
): number | undefined {
  const stems = (text: string): Set<string> =>
    new Set(
      bare(text)
        .split(' ')
        .filter((word) => word.length >= shortest)
        .map(stem),
    );
  const called = stems(words.join(' '));
  const found = goals.filter(([, text]) => [...stems(text)].some((word) => called.has(word)));
  return found.length === 1 ? found[0][0] : undefined;
}
