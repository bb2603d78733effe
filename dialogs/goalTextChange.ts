import type { PreparationRecord } from '../plan/record';
import { goalCount, textAnswer } from '../plan/recordView';
import type { ScoreChange, Say } from './goalScoreChange';
import { goalTextSaid } from './recognisers/goalTextSaid';
import type { Phrases } from './recognisers/phrases';

/** A goal's new words, noted as its answer, and the words that say so. */
export type GoalTextChange = Omit<ScoreChange, 'value'> & { value: string };

/**
 * A goal's new words said by its name while looking the plan over ("my goal should be walk to the
 * shops not the park"), taken as a new name is: the goal named, or with one goal given, that one.
 * Undefined when no such goal is given, with several and none named, or the words are the same:
 * then the reply is read as before (the goals part opened to change). The crisis screen reads the
 * words after a goal named as wished, as at the goal question (H120, H151).
 */
export function goalTextChangeAt(
  record: PreparationRecord,
  text: string,
  phrases: Phrases,
  say: Say,
): GoalTextChange | undefined {
  const said = goalTextSaid(text, phrases);
  if (!said) return undefined;
  const n = said.goal === 'last' ? (goalCount(record) === 1 ? 1 : 0) : said.goal;
  const key = `goal.${n}.text`;
  const before = textAnswer(record, key);
  if (before === undefined || before === said.words) return undefined;
  return { key, value: said.words, line: say('goals.textChanged', { number: n, words: said.words, before }) };
}
