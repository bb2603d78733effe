/**
 * How far a word typed may be from a word listed and still be it: the spelling tolerance every list
 * of the journey reads with (options, conditions, topics, and the words of an ask such as "delet
 * what I said about lonley").
 */

/**
 * Letters added, dropped, changed or (with `swaps`) two side by side swapped ("lonley" for lonely)
 * between `a` and `b`; 3 for anything further than two (the most ever forgiven). Without `swaps`
 * two letters swapped count as two.
 */
export function distance(a: string, b: string, swaps = true): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const changed = a[i - 1] === b[j - 1] ? 0 : 1;
      let least = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + changed);
      const swapped = swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1];
      if (swapped) least = Math.min(least, before[j - 2] + 1);
      row.push(least);
    }
    before = previous;
    previous = row;
  }
  return previous[b.length];
}

/**
 * The fewest letters both words need for two letters swapped to count as one typo: shorter words
 * swapped are as often another word ("tried" and "tired", "form" and "from": review 29, H405).
 */
const swapsFrom = 6;

/**
 * Whether `part` is `word` with typos forgiven by length: two in a long word, one in a shorter one;
 * in a four-letter word one only when the first letter is right ("hart" for heart), so short words
 * do not drift; and a silent first letter left off ("nees" for knees, "rist" for wrist). Two letters
 * swapped are one typo only in words of `swapsFrom` letters ("lonley"), never "tried" for tired.
 */
export function closeEnough(part: string, word: string): boolean {
  if (part.length >= 4 && word.length === part.length + 1 && word.endsWith(part)) return true;
  const swaps = Math.min(part.length, word.length) >= swapsFrom;
  if (part.length >= 8) return distance(part, word, swaps) <= 2;
  if (part.length >= 5) return distance(part, word, swaps) <= 1;
  return part.length === 4 && part[0] === word[0] && distance(part, word, false) <= 1;
}

/**
 * Whether `typed` is `listed` as a run of words, each typed word `closeEnough` to the listed one,
 * or the same ("tak out" for take out: whole, as "tak" alone is too short to forgive).
 */
export function spelledAs(typed: string, listed: string): boolean {
  if (typed === listed) return true;
  if (closeEnough(typed, listed)) return true;
  const words = typed.split(' ');
  const wanted = listed.split(' ');
  return words.length === wanted.length && words.every((word, i) => word === wanted[i] || closeEnough(word, wanted[i]));
}

/** Spellings that sound the same, in the order they are put right ("dementia" and "demenshia" both "demensia"). */
const soundSpellings: readonly (readonly [RegExp, string])[] = [
  [/ph/gu, 'f'],
  [/c(?=[eiy])/gu, 's'],
  [/ck|c|q/gu, 'k'],
  [/x/gu, 'ks'],
  [/z/gu, 's'],
  [/t(?=i[aeiou])/gu, 's'],
  [/(?<=[^aeiouy])h/gu, ''],
];

/**
 * A word's consonants as they sound, with its first letter: "diabeets" and "diabetes" are both
 * "dbts", "demenshia" and "dementia" "dmns", "artheritis" and "arthritis" "artrts".
 */
function soundKey(word: string): string {
  let key = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  for (const [spelt, sound] of soundSpellings) key = key.replace(spelt, sound);
  const rest = key.slice(1).replace(/[aeiouy]/gu, '');
  return (key.slice(0, 1) + rest).replace(/(\p{L})\1+/gu, '$1');
}

/** The fewest consonants two words must share to be read as sounding alike: "hrt" (heart, harriet) is too few. */
const soundKeyFrom = 4;

/**
 * Whether `typed` sounds like `word`, spelt as heard ("diabeets", "demenshia" for dementia): the
 * same consonants, in a key of `soundKeyFrom` or more. Only for one long word against another;
 * callers bound the length, as short words sound like too many others.
 */
export function soundsLike(typed: string, word: string): boolean {
  const key = soundKey(typed);
  return key.length >= soundKeyFrom && key === soundKey(word);
}
