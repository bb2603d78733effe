import { bare } from '../../plan/normalise';
import { goalIn, type GoalToChange } from './goalToChange';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/**
 * Reads a message that asks to take a goal out: `meantLead` phrases, a `removeVerb`, `owner`
 * words and a goal named ("remove this goal", "delete goal 2", "can I remove my second goal").
 * Which goal, as `goalToChange` says it; undefined for anything else ("remove clutter").
 */
export function goalToRemove(text: string, phrases: Phrases): GoalToChange | undefined {
  const words = bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);
  if (words.length > 12) return undefined;
  for (let at = 0; at < words.length; at++) {
    if (at > 0 && !phrasesInARow(words.slice(0, at), (run) => phrases.is('meantLead', run))) continue;
    for (let end = at + 1; end <= Math.min(words.length, at + 3); end++) {
      if (!phrases.is('removeVerb', words.slice(at, end).join(' '))) continue;
      let from = end;
      // "this goal", "that goal": the owner words leave "goal", the one talked about.
      while (from < words.length - 1 && (phrases.is('owner', words[from]) || words[from] === 'that')) from++;
      const goal = goalIn(words.slice(from).join(' '));
      if (goal !== undefined) return goal;
    }
  }
  return undefined;
}
