import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';
import { saidWords } from './resultNamed';

/** Longer messages are answers or stories, never this ask. */
const maxWords = 12;

/**
 * Whether a message asks to add a goal: `meantLead` phrases, one of `addGoal`, then nothing or
 * `changeAfter` words ("I want to add a goal", "can I add another goal please"). "Add some salt",
 * or a goal said in the same breath, is no such ask.
 */
export function asksToAddGoal(text: string, phrases: Phrases): boolean {
  const words = saidWords(text);
  if (words.length > maxWords) return false;
  const inRow = (from: number, to: number, list: 'meantLead' | 'changeAfter'): boolean =>
    from === to || phrasesInARow(words.slice(from, to), (run) => phrases.is(list, run));
  for (let at = 0; at < words.length; at++) {
    if (!inRow(0, at, 'meantLead')) continue;
    for (let end = at + 1; end <= Math.min(words.length, at + 4); end++) {
      if (phrases.is('addGoal', words.slice(at, end).join(' ')) && inRow(end, words.length, 'changeAfter')) return true;
    }
  }
  return false;
}
