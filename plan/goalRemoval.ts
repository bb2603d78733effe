import { answeredBy } from './recordView';
import type { PreparationRecord } from './record';

/** A key of goal `n`'s: its words, scores, action, "another goal?" and anything else kept under it. */
const goalKey = /^goal\.(\d+)\.(.+)$/;

/** `key` for the goal before it (`goal.3.action` → `goal.2.action`) when it is of a goal after `n`; as it is otherwise. */
function movedDown(key: string, n: number): string {
  const goal = goalKey.exec(key);
  return goal && Number(goal[1]) > n ? `goal.${Number(goal[1]) - 1}.${goal[2]}` : key;
}

function ofGoal(key: string, n: number): boolean {
  return Number(goalKey.exec(key)?.[1]) === n;
}

/** Everything under `entries`' keys, goal `n`'s left out and the goals after it one number down. */
function withoutGoal<T>(entries: Record<string, T>, n: number): Record<string, T> {
  return Object.fromEntries(
    Object.entries(entries)
      .filter(([key]) => !ofGoal(key, n))
      .map(([key, value]) => [movedDown(key, n), value]),
  );
}

/**
 * Takes goal `n` out of `draft`: every part of it goes (answers, and a carer's view kept under a goal
 * if any), each goal after it moves down one number with all its parts, and the trail follows them.
 * The chain of "another goal?" answers then ends where it ended before: a yes that led to the goal
 * taken out (the last) is a no, as is the answer never asked because the goals were `most`, noted
 * `at`. A chain still being answered (no answer yet, or a yes to a goal not given yet) stands: a yes
 * at the last goal given, taken out, is a yes still waiting for its goal at the goal before it.
 */
export function takeGoalOut(draft: PreparationRecord, n: number, most: number, at: string): void {
  const numbers = Object.keys(draft.answers).map((key) => Number(goalKey.exec(key)?.[1] ?? 0));
  const last = Math.max(0, ...numbers);
  const ended = draft.answers[`goal.${last}.another`] === undefined && last >= most;
  const stillAdding = draft.answers[`goal.${last}.another`]?.value === true;
  draft.answers = withoutGoal(draft.answers, n);
  draft.carerViews = withoutGoal(draft.carerViews, n);
  draft.progress.trail = draft.progress.trail.filter((key) => !ofGoal(key, n)).map((key) => movedDown(key, n));
  const end = `goal.${last - 1}.another`;
  const ledToIt = n === last && !stillAdding && draft.answers[end]?.value === true;
  if (last > 1 && (ledToIt || ended))
    draft.answers[end] = { value: false, status: 'answered', by: answeredBy(draft), at };
}
