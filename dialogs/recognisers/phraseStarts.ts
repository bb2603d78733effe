/**
 * Each first word the phrases of `set` start with, and the most words a phrase starting with it
 * has. A reader looking for phrases among a message's words joins a run of them into a phrase to
 * look up only where one could start, and no longer than the longest that starts there: joining
 * every run of every message's words was most of what a turn allocated.
 */
export function phraseStarts(set: Iterable<string>): Map<string, number> {
  const starts = new Map<string, number>();
  for (const phrase of set) {
    const words = phrase.split(' ');
    starts.set(words[0], Math.max(starts.get(words[0]) ?? 0, words.length));
  }
  return starts;
}
