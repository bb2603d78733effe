/**
 * A goal whose words were changed for another goal keeps answers given for the goal before: its
 * importance, what the person will do, what might stop them, how sure they are. Kept without a
 * word, the plan would pair the new goal with them (explorer 30, H459), so they are asked again,
 * each showing what was said, to keep or change. The same goal put more fully or more briefly
 * ("walk to the park" to "walk to the park and back") keeps them as they are.
 */
import { bare } from '../plan/normalise';
import type { Answer, PreparationRecord } from '../plan/record';
import type { GoOver } from './sectionTypes';

const goalWords = /^goal\.(\d+)\.text$/;

/** Words of an answer in words, bare for comparing; undefined for any other answer. */
function wordsOf(answer: Answer | undefined): string | undefined {
  return answer?.status === 'answered' && typeof answer.value === 'string' ? bare(answer.value) : undefined;
}

/**
 * What to go over after `key` was answered in `draft`, `before` its answer until now: the goal's
 * other questions of `keys` (asked in this order) that hold an answer, when a goal's words became
 * another goal's. Whether to add another goal is no answer about this one.
 */
export function goalAnswersToGoOver(
  key: string,
  draft: PreparationRecord,
  before: Answer | undefined,
  keys: readonly string[],
): GoOver | undefined {
  const goal = goalWords.exec(key);
  const was = wordsOf(before);
  const now = wordsOf(draft.answers[key]);
  if (!goal || was === undefined || now === undefined || was.startsWith(now) || now.startsWith(was)) return undefined;
  const own = `goal.${goal[1]}.`;
  const given = keys.filter(
    (k) => k.startsWith(own) && k !== key && k !== `${own}another` && draft.answers[k] !== undefined,
  );
  return given.length === 0 ? undefined : { keys: given, say: 'goals.goOver' };
}
