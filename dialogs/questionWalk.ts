import type { Pack, Question, SectionId } from '../content/packs/packSchema';
import type { AnswerState, AnswerTest, When } from '../content/packs/questionConditions';
import { AppError } from '../plan/appError';
import type { PreparationRecord } from '../plan/record';
import { answeredBy, choiceAnswer, scaleAnswer, yesNoAnswer } from '../plan/recordView';

/** Tests a section works out in code, named by the packs' `when: { rule: … }`. */
export type QuestionRules = Readonly<Record<string, (record: PreparationRecord) => boolean>>;

function usable(record: PreparationRecord, key: string): boolean {
  const answer = record.answers[key];
  if (answer?.status !== 'answered') return false;
  return !(typeof answer.value === 'string' && answer.value.trim() === '') && answer.value !== undefined;
}

function inState(record: PreparationRecord, key: string, state: AnswerState): boolean {
  switch (state) {
    case 'yes':
      return yesNoAnswer(record, key) === true;
    case 'no':
      return yesNoAnswer(record, key) === false;
    case 'notSure':
      return record.answers[key]?.status === 'unknown';
    case 'given':
      return usable(record, key);
    case 'passedOver':
      return record.answers[key] !== undefined && !usable(record, key);
  }
}

function passes(test: AnswerTest, record: PreparationRecord, n: number | undefined): boolean {
  const key = n === undefined ? test.answer : test.answer.replace('.N.', `.${n}.`);
  if (test.is !== undefined) return inState(record, key, test.is);
  if (test.isNot !== undefined) return !inState(record, key, test.isNot);
  if (test.includes !== undefined) return choiceAnswer(record, key).includes(test.includes);
  const value = scaleAnswer(record, key);
  return value !== undefined && test.below !== undefined && value < test.below;
}

function holds(when: When | undefined, record: PreparationRecord, rules: QuestionRules, n?: number): boolean {
  if (when === undefined) return true;
  if ('rule' in when) return rules[when.rule](record);
  if ('anyOf' in when) return when.anyOf.some((test) => passes(test, record, n));
  return passes(when, record, n);
}

function forAudience(question: Question, record: PreparationRecord): boolean {
  if (question.audience === 'everyone') return true;
  return (answeredBy(record) === 'carer') === (question.audience === 'carer');
}

/** Fails at start-up when a question of `section` names a rule the section does not define. */
export function checkRules(packs: readonly Pack[], section: SectionId, rules: QuestionRules): void {
  const missing = packs
    .flatMap((pack) => pack.questions)
    .flatMap((q) =>
      q.section === section && q.when && 'rule' in q.when && !Object.hasOwn(rules, q.when.rule) ? [q.when.rule] : [],
    );
  if (missing.length > 0) throw new AppError('content_invalid', `No rule ${missing.join(', ')} in ${section}.`);
}

/**
 * The record keys a section asks of this record, in order: its questions as the packs list them,
 * each for its audience and when its `when` holds; a repeated group (goals) once per number
 * (`goal.1.text`, …), with its "again?" question after each but the last, until that is not yes.
 */
export function sectionKeys(questions: readonly Question[], record: PreparationRecord, rules: QuestionRules): string[] {
  const keys: string[] = [];
  for (let i = 0; i < questions.length; i++) {
    const question = questions[i];
    if (!question.repeat) {
      if (forAudience(question, record) && holds(question.when, record, rules)) keys.push(question.linkId);
      continue;
    }
    const prefix = question.linkId.slice(0, question.linkId.indexOf('.N.') + 1);
    // The group is this question and those after it with the same prefix; its "again?" question
    // follows it (the pack library checks both).
    let end = i;
    while (end < questions.length && questions[end].linkId.startsWith(`${prefix}N.`)) end += 1;
    const group = questions.slice(i, end);
    const again = questions[end]?.linkId === question.repeat.again ? questions[end] : undefined;
    i = again ? end : end - 1;
    for (let n = 1; n <= question.repeat.times; n++) {
      for (const member of group) {
        if (forAudience(member, record) && holds(member.when, record, rules, n))
          keys.push(member.linkId.replace('.N.', `.${n}.`));
      }
      if (n === question.repeat.times || !again || !holds(again.when, record, rules, n)) break;
      const againKey = `${prefix}${n}.${again.linkId.slice(prefix.length)}`;
      keys.push(againKey);
      if (yesNoAnswer(record, againKey) !== true) break;
    }
  }
  return keys;
}
