import { goalTextSaid, type GoalTextSaid } from './goalTextSaid';
import type { Phrases } from './phrases';

/** New words for one goal or more, said in one message, and what after them was not read. */
export interface GoalTextsSaid {
  said: GoalTextSaid[];
  /** The words from the first goal named that said no new words for it, as typed; none when all were read. */
  rest?: string;
}

/**
 * Where another goal is named after a join ("…, and the second one should be", "… and goal 2 to",
 * ". my second goal should be"). Only goals named by their number: "the other one" and "the last
 * one" are as often words of a goal ("walk the dog and the other one").
 */
const nextGoal =
  /(?:[,;.!]+\s*(?:(?:and|also|then|plus)\s+)?|\s+(?:and|also|then|plus)\s+)(?=(?:(?:my|the|his|her|their|our)\s+)?(?:first|second|third|1st|2nd|3rd)\s+(?:one|goal)\b|goal\s+(?:number\s+)?(?:[1-9]|one|two|three)\b)/giu;

/** "the second one" is the second goal where goals are being changed. */
const oneForGoal = /\b(first|second|third|1st|2nd|3rd)\s+one\b/iu;

/**
 * Reads a goal's new words said with the goal named (`goalTextSaid`), and then, after a join, each
 * other goal named with its own new words ("change my first goal to X, and the second one should be
 * Y"): before, the second change was kept as part of the first goal's words (explorer 24, H182). A
 * later goal's words with no verb of their own take the first one's ("change goal 1 to X and goal 2
 * to Y"). A later part naming a goal but giving it no new words ends the reading: the first goals
 * keep what was read, and that part is handed back as `rest`, to be said back as not changed.
 * Undefined when the first part names no goal's new words.
 */
export function goalTextsSaid(text: string, phrases: Phrases): GoalTextsSaid | undefined {
  const joins = [...text.matchAll(nextGoal)];
  // Each part runs from the end of its join (the start, for the first) to the next join.
  const parts = [0, ...joins.map((join) => join.index + join[0].length)].map((from, i) => ({
    from,
    words: text.slice(from, joins[i]?.index ?? text.length),
  }));
  const [head, ...others] = parts;
  const first = head && goalTextSaid(head.words, phrases);
  if (!first) return undefined;
  const said = [first];
  for (const part of others) {
    const asGoal = part.words.replace(oneForGoal, '$1 goal');
    const read = goalTextSaid(asGoal, phrases) ?? goalTextSaid(`change ${asGoal}`, phrases);
    if (!read) return { said, rest: text.slice(part.from).trim() };
    said.push(read);
  }
  return { said };
}
