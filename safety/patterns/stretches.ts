/**
 * Where a (normalised) message breaks into the stretches the co-occurrence rules count in
 * (./cooccurrence): units (sentences, a long one cut into pieces) and the clauses within them.
 */

const wordPattern = /[\p{L}\p{N}]+/gu;

/**
 * Start offsets of the units of a text: sentences, with any sentence longer than `maxWords`
 * cut into pieces, so an unpunctuated 20,000-character message is not one huge window.
 */
export function unitStarts(text: string, unitBreak: RegExp, maxWords: number): number[] {
  const sentenceStarts = [0];
  for (const match of text.matchAll(unitBreak)) sentenceStarts.push(match.index + match[0].length);
  const starts: number[] = [];
  sentenceStarts.forEach((start, i) => {
    starts.push(start);
    const end = sentenceStarts[i + 1] ?? text.length;
    let words = 0;
    for (const word of text.slice(start, end).matchAll(wordPattern)) {
      if (words > 0 && words % maxWords === 0) starts.push(start + word.index);
      words++;
    }
  });
  return starts;
}

/** Start offsets of clauses: every unit start, and every clause break within a unit. */
export function clauseStarts(text: string, clauseBreak: RegExp, units: readonly number[]): number[] {
  const starts = new Set(units);
  for (const match of text.matchAll(clauseBreak)) starts.add(match.index + match[0].length);
  return [...starts].sort((a, b) => a - b);
}

/** Index of the stretch holding offset `at` (binary search over sorted start offsets). */
export function indexAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
