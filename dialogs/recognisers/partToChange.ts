import type { Option } from '../../content/packs/packSchema';
import { bare } from '../../plan/normalise';
import { goalToChange } from './goalToChange';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';
import { recogniseScoreCorrection } from './scoreCorrection';

/** The id of the goals part among the review's parts, which a goal or its score named opens. */
const goalsPart = 'goals';
/** Longer messages are answers or stories, never this ask. */
const maxWords = 14;

/**
 * Reads a message that asks to change a part of the plan by name: `meantLead` phrases, a
 * `changeVerb`, `owner` words, one of `parts` by its label or a synonym (or their plural), and
 * `changeAfter` words ("I want to change my goal", "can I update the topics", "change my mood
 * answers"). A goal or its score named ("change my first goal", "change the importance of my goal
 * to 3", "change my goal to swimming") is the goals part. The part's id, or undefined for anything
 * else ("change my diet").
 */
export function partToChange(text: string, parts: readonly Option[], phrases: Phrases): string | undefined {
  const has = (id: string): string | undefined => (parts.some((part) => part.id === id) ? id : undefined);
  if (goalToChange(text) !== undefined || recogniseScoreCorrection(text, phrases)) return has(goalsPart);
  // A goal named with what it is to become ("change my goal to swimming"): the goals, to give it.
  const [named, ...to] = bare(text).split(' to ');
  if (to.join('').trim() !== '' && goalToChange(named) !== undefined) return has(goalsPart);
  const words = bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);
  if (words.length > maxWords) return undefined;
  const led = (end: number): boolean =>
    end === 0 || phrasesInARow(words.slice(0, end), (run) => phrases.is('meantLead', run));
  for (let at = 0; at < words.length; at++) {
    if (!led(at)) continue;
    for (let end = at + 1; end <= Math.min(words.length, at + 3); end++) {
      if (!phrases.is('changeVerb', words.slice(at, end).join(' '))) continue;
      const part = partNamed(words.slice(end), parts, phrases);
      if (part) return part;
    }
  }
  return undefined;
}

/** The part `words` name, after `owner` words and before `changeAfter` ones. */
function partNamed(words: readonly string[], parts: readonly Option[], phrases: Phrases): string | undefined {
  let from = 0;
  while (from < words.length && phrases.is('owner', words[from])) from++;
  for (let end = words.length; end > from; end--) {
    const after = words.slice(end);
    if (after.length > 0 && !phrasesInARow(after, (run) => phrases.is('changeAfter', run))) continue;
    const named = words.slice(from, end).join(' ');
    const part = parts.find((option) => namesOf(option).includes(named));
    if (part) return part.id;
  }
  return undefined;
}

/** An option's label and synonyms, bare, each also with a plural "s" added or taken off. */
function namesOf(option: Option): string[] {
  const names = [option.label, ...(option.synonyms ?? [])].map(bare);
  return names.flatMap((name) => [name, name.endsWith('s') ? name.slice(0, -1) : `${name}s`]);
}
