import { bare } from '../../plan/normalise';
import { goalIn, type GoalToChange } from './goalToChange';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/**
 * Reads a message that asks to take a goal out: `meantLead` phrases, a `removeVerb`, `owner`
 * words and a goal named ("remove this goal", "delete goal 2", "can I remove my second goal"), or
 * a verb split round the goal ("take this goal out").
 * Which goal, as `goalToChange` says it; undefined for anything else ("remove clutter").
 */
export function goalToRemove(text: string, phrases: Phrases): GoalToChange | undefined {
  const words = bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);
  if (words.length > 12) return undefined;
  for (let at = 0; at < words.length; at++) {
    if (at > 0 && !phrasesInARow(words.slice(0, at), (run) => phrases.is('meantLead', run))) continue;
    for (let end = at + 1; end <= Math.min(words.length, at + 3); end++) {
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

/** The goal `words` name, after any `owner` words ("this goal", "that goal" are the one talked about). */
function goalAfter(words: readonly string[], phrases: Phrases): GoalToChange | undefined {
  let from = 0;
  while (from < words.length - 1 && (phrases.is('owner', words[from]) || words[from] === 'that')) from++;
  return goalIn(words.slice(from).join(' '));
}
