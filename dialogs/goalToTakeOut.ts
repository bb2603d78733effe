import type { TemplateData } from '../content/renderer';
import type { PreparationRecord } from '../plan/record';
import { goalCount, textAnswer } from '../plan/recordView';
import type { GoalToTakeOut } from './confirmationDialog';
import { goalTalkedAbout } from './goalScoreChange';
import { goalCalled } from './recognisers/goalCalled';
import type { GoalToRemove } from './recognisers/goalToRemove';

/**
 * A request to take a goal out, read against the goals given: the goal it names, with the words
 * it is asked about by, or what to say instead (a content key and its data) where it names none.
 */
export type TakeOutNamed = { goal: GoalToTakeOut } | { notDone: { key: string; data: TemplateData } };

/**
 * The goal named (or the one asked about at `pending`, or else the last one given, or the one its
 * words call it by) among the goals' questions `keys`. A goal not given yet, or words that call no
 * one goal, is `notDone`.
 */
export function goalToTakeOut(
  record: PreparationRecord,
  keys: readonly string[],
  pending: string | undefined,
  goal: GoalToRemove,
): TakeOutNamed {
  if (typeof goal === 'object') {
    const n = goalCalled(goal.words, goalsGiven(record, keys));
    if (n !== undefined) return goalToTakeOut(record, keys, pending, n);
    return { notDone: { key: 'goals.goalNotCalled', data: { words: goal.words.join(' ') } } };
  }
  const asked = /^goal\.(\d+)\./.exec(pending ?? '');
  // "This goal" at a goal's question is that goal, even one with no words yet (none to take out).
  const n = goal !== 'last' ? goal : asked ? Number(asked[1]) : goalTalkedAbout(pending ?? '', record);
  const words = textAnswer(record, `goal.${n}.text`);
  if (n === 0 || words === undefined || !keys.includes(`goal.${n}.text`)) {
    return { notDone: { key: 'goals.noGoalToTakeOut', data: { number: n } } };
  }
  return { goal: { number: n, words, only: goalCount(record) === 1 } };
}

/** Each goal given so far, by number, with its words. */
function goalsGiven(record: PreparationRecord, keys: readonly string[]): Array<[number, string]> {
  return keys.flatMap((key) => {
    const goal = /^goal\.(\d+)\.text$/.exec(key);
    const words = goal ? textAnswer(record, key) : undefined;
    return goal && words !== undefined ? [[Number(goal[1]), words] as [number, string]] : [];
  });
}
