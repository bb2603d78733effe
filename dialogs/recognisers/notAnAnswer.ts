/**
 * Replies that answer nothing where words are asked for, however they are worded: never kept as
 * the answer, so they never go into the plan.
 */
import type { Question } from '../../content/packs/packSchema';
import type { Phrases } from './phrases';

/**
 * Why `text` is no answer to `question` in words, or undefined when it may be one. Thanks, or a
 * bare "ok" or "fine", reply to what was said before (to how someone is, "ok" and "fine" are
 * answers of their own). Where one thing is asked for (`noneIsNoAnswer`), "no", "nothing" or "no
 * goals" says there is `none`: read as "not sure" is, since kept, "no" would be Goal 1, its
 * importance asked next (H280). A no where a step is asked for is none.
 */
export function notAnAnswerInWords(
  question: Question,
  text: string,
  phrases: Phrases,
): 'not_an_answer' | 'none' | undefined {
  if (phrases.is('thanks', text) || (!question.asksHowSomeoneIs && phrases.is('agree', text))) return 'not_an_answer';
  // "nah" to "what exactly will you do?" is no step to take (explorer 27).
  if (question.asksForStep && (phrases.is('no', text) || phrases.is('noTypo', text))) return 'not_an_answer';
  const none = phrases.is('nothingMore', text) || phrases.is('noneToGive', text);
  return question.noneIsNoAnswer && none ? 'none' : undefined;
}
