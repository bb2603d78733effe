import { answeredBy, goalCount } from './recordView';
import type { PreparationRecord } from './record';

/**
 * Asked to add a goal once the goals are done ("I want to add a goal"): a yes to "another goal?"
 * at the last goal given, noted `at` as theirs, so the goal after it is asked next. Nothing when
 * there is no goal yet (the first is asked anyway) or the goals are already `most`; false then.
 */
export function askForAnotherGoal(draft: PreparationRecord, most: number, at: string): boolean {
  const last = goalCount(draft);
  if (last === 0 || last >= most) return false;
  draft.answers[`goal.${last}.another`] = { value: true, status: 'answered', by: answeredBy(draft), at };
  return true;
}
