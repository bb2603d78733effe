import { bare } from '../../plan/normalise';

/**
 * Which goal someone asks to change: its number, or `last` for the one being talked about (with
 * none, the last one given).
 */
export type GoalToChange = number | 'last';

const ordinals: Readonly<Record<string, GoalToChange>> = {
  first: 1,
  '1st': 1,
  one: 1,
  '1': 1,
  second: 2,
  '2nd': 2,
  two: 2,
  '2': 2,
  third: 3,
  '3rd': 3,
  three: 3,
  '3': 3,
  last: 'last',
  previous: 'last',
  earlier: 'last',
  other: 'last',
};
const which = Object.keys(ordinals).join('|');
/** Words before the ask that say nothing more: "actually", "sorry", "can I", "I'd like to". */
const lead = String.raw`(?:(?:actually|sorry|oh|oops|no|wait|hang on|ok|okay|um|er|hmm|just|please|(?:can|could|may) (?:i|we)|id like to|i would like to|i want to|i need to|let me|lets)\s+)*`;
const verb = String.raw`(?:change|edit|redo|alter|update|fix|amend|reword|rewrite|correct|go back to|back to)`;
const whose = String.raw`(?:(?:my|the|her|his|their|our|[a-z]+'?s)\s+)?`;
/** A goal named ("my first goal", "goal 2", "the last goal"); `open` starts the groups round its number. */
const goalPhrase = (open: string): string =>
  String.raw`${whose}(?:${open}${which})\s+goal|goal(?:\s+(?:number\s+)?${open}${which}))?)`;
const goal = goalPhrase('(');
/** A goal named, capturing nothing, to match inside a longer message (read which with `goalIn`). */
export const goalNamed = goalPhrase('(?:');
const ask = new RegExp(String.raw`^${lead}${verb}\s+${goal}(?:\s+(?:please|again|instead))*$`);
const named = new RegExp(String.raw`^${goal}$`);

/**
 * Reads a message that asks to change one of the goals ("change my first goal", "can I edit goal
 * 2", "go back to my last goal"); "change my goal", naming none, is the one being talked about.
 * Undefined for anything else ("change my diet", "change my goal weight"), which is an answer as ever.
 */
export function goalToChange(text: string): GoalToChange | undefined {
  const said = bare(text).replace(/\?/g, ' ').replace(/\s+/g, ' ').trim();
  if (said.length > 80) return undefined;
  return goalOf(ask.exec(said));
}

/**
 * A message that is a goal named by its number and nothing else ("goal 2", "my second goal", "goal
 * two"): that number. Undefined for "my goal", which names none, and anything else.
 */
export function numberedGoal(text: string): number | undefined {
  const goal = goalIn(bare(text).replace(/[?.!]/g, ' ').replace(/\s+/g, ' ').trim());
  return typeof goal === 'number' ? goal : undefined;
}

/** Which goal a `goalNamed` phrase names ("my first goal" is 1, "my goal" the one talked about). */
export function goalIn(phrase: string): GoalToChange | undefined {
  return goalOf(named.exec(bare(phrase)));
}

function goalOf(found: RegExpExecArray | null): GoalToChange | undefined {
  if (!found) return undefined;
  const word = found[1] ?? found[2];
  return word === undefined ? 'last' : ordinals[word];
}
