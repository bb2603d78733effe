import { bare } from '../../plan/normalise';
import { goalIn, type GoalToChange } from './goalToChange';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/** A goal called by its own words ("the walking goal"): those words, bare, to find it by (`goalCalled`). */
export interface GoalByWords {
  words: string[];
}

/** Which goal someone asks to take out: as `goalToChange` says it, or by its words. */
export type GoalToRemove = GoalToChange | GoalByWords;

/** At most this many words call a goal by its words ("the weight loss goal"); more is a sentence. */
const mostCalledBy = 3;

/**
 * Reads a message that asks to take a goal out: `meantLead` phrases, a `removeVerb`, `owner`
 * words and a goal named ("remove this goal", "delete goal 2", "can I remove my second goal",
 * "forget the walking goal"), or a verb split round the goal ("take this goal out").
 * Which goal; undefined for anything else ("remove clutter", "forget it": a goal is always named).
 */
export function goalToRemove(text: string, phrases: Phrases): GoalToRemove | undefined {
  const words = bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);
  if (words.length > 12) return undefined;
  for (let at = 0; at < words.length; at++) {
    if (at > 0 && !phrasesInARow(words.slice(0, at), (run) => phrases.is('meantLead', run))) continue;
    // The longest verb first: "forget about my goal" is "forget about", never "forget" and a goal "about my".
    for (let end = Math.min(words.length, at + 3); end > at; end--) {
      const verb = words.slice(at, end).join(' ');
      // The verb whole before the goal ("take out my goal"), or split round it ("take my goal out").
      const split = phrases.is('removeVerb', `${verb} ${words.at(-1)}`);
      if (!phrases.is('removeVerb', verb) && !split) continue;
      const goal = goalAfter(words.slice(end, split ? -1 : undefined), phrases);
      if (goal !== undefined) return goal;
    }
  }
  return undefined;
}

/**
 * The goal `words` name, after any `owner` words ("this goal", "that goal" are the one talked
 * about), or the words before "goal" that call it by its own ("the walking goal").
 */
function goalAfter(words: readonly string[], phrases: Phrases): GoalToRemove | undefined {
  let from = 0;
  while (from < words.length - 1 && (phrases.is('owner', words[from]) || words[from] === 'that')) from++;
  const named = goalIn(words.slice(from).join(' '));
  if (named !== undefined) return named;
  const calledBy = words.slice(from, -1);
  if (words.at(-1) !== 'goal' || calledBy.length === 0 || calledBy.length > mostCalledBy) return undefined;
  const plain = calledBy.every((word) => /^\p{L}+$/u.test(word) && !phrases.is('owner', word));
  return plain ? { words: calledBy } : undefined;
}
