import type { PreparationRecord } from '../plan/record';
import { goalCount, textAnswer } from '../plan/recordView';
import type { ScoreChange, Say } from './goalScoreChange';
import { goalTextsSaid } from './recognisers/goalTextsSaid';
import type { Phrases } from './recognisers/phrases';

/** A goal's new words, noted as its answer, and the words that say so. */
export type GoalTextChange = Omit<ScoreChange, 'value'> & {
  value: string;
  /** Other goals' new words said in the same message ("…, and the second one should be …"). */
  more: { key: string; value: string }[];
};

/**
 * Goals' new words said by their names while looking the plan over ("my goal should be walk to the
 * shops not the park"; "change my first goal to X, and the second one to Y"), taken as a new name
 * is: each goal named, or with one goal given, that one. Undefined when no such goal is given, with
 * several and none named, or the words are the same: then the reply is read as before (the goals
 * part opened to change). Words after them that named a goal but no new words for it are said back
 * as not changed. The crisis screen reads the words after a goal named as wished, as at the goal
 * question (H120, H151).
 */
export function goalTextChangeAt(
  record: PreparationRecord,
  text: string,
  phrases: Phrases,
  say: Say,
): GoalTextChange | undefined {
  const read = goalTextsSaid(text, phrases);
  if (!read) return undefined;
  const changes = read.said.flatMap((said) => {
    const n = said.goal === 'last' ? (goalCount(record) === 1 ? 1 : 0) : said.goal;
    const key = `goal.${n}.text`;
    const before = textAnswer(record, key);
    if (before === undefined || before === said.words) return [];
    return [{ key, value: said.words, line: say('goals.textChanged', { number: n, words: said.words, before }) }];
  });
  const [first, ...more] = changes;
  if (!first) return undefined;
  const lines = changes.map((change) => change.line);
  if (read.rest !== undefined) lines.push(say('goals.textRestNotChanged', { words: read.rest }));
  return { key: first.key, value: first.value, line: lines.join(' '), more };
}
