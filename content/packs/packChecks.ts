import { AppError } from '../../plan/appError';
import type { Pack, Question } from './packSchema';
import type { AnswerTest } from './questionConditions';

function invalid(pack: Pack, message: string): AppError {
  return new AppError('content_invalid', `Pack ${pack.id}: ${message}`);
}

/** The question an answer test reads: `goal.N.another` is the per-goal answer to `goal.another`. */
function questionRead(test: AnswerTest, byLinkId: ReadonlyMap<string, Question>): Question | undefined {
  return byLinkId.get(test.answer) ?? byLinkId.get(test.answer.replace(/\.N\./, '.'));
}

function checkTests(pack: Pack, question: Question, byLinkId: ReadonlyMap<string, Question>): void {
  const when = question.when;
  if (!when || 'rule' in when) return;
  for (const test of 'anyOf' in when ? when.anyOf : [when]) {
    const read = questionRead(test, byLinkId);
    if (!read) throw invalid(pack, `${question.linkId} is asked on ${test.answer}, which no pack asks.`);
    if (test.includes !== undefined && !read.options?.some((option) => option.id === test.includes))
      throw invalid(
        pack,
        `${question.linkId} is asked on the option ${test.includes}, which ${read.linkId} does not offer.`,
      );
  }
}

function checkRepeat(pack: Pack, question: Question, index: number): void {
  if (!question.repeat) return;
  const marker = question.linkId.indexOf('.N.');
  if (marker < 0) throw invalid(pack, `${question.linkId} repeats, so its linkId needs .N. for the number.`);
  const prefix = question.linkId.slice(0, marker + 1);
  let end = index;
  while (end < pack.questions.length && pack.questions[end].linkId.startsWith(`${prefix}N.`)) end += 1;
  const again = pack.questions[end];
  if (again?.linkId !== question.repeat.again || again.type !== 'yesno')
    throw invalid(pack, `the yes/no question ${question.repeat.again} must follow the ${prefix}N. questions.`);
}

/**
 * Checks what zod cannot see within one file: each condition pack serves a condition people can
 * pick; each question asked on an earlier answer names a question (and an option) that exists;
 * each repeated group is followed by its yes/no "again?" question.
 */
export function checkPacks(core: Pack, conditionPacks: readonly Pack[], byLinkId: ReadonlyMap<string, Question>): void {
  const offered = new Set(byLinkId.get('conditions')?.options?.map((option) => option.id) ?? []);
  for (const pack of conditionPacks) {
    if (pack.condition !== undefined && !offered.has(pack.condition))
      throw invalid(pack, `its condition ${pack.condition} is not an option of the conditions question.`);
  }
  for (const pack of [core, ...conditionPacks]) {
    pack.questions.forEach((question, index) => {
      checkTests(pack, question, byLinkId);
      checkRepeat(pack, question, index);
    });
  }
}
