/**
 * An answer that repeats the one before rather than answering the question now asked: a second
 * tap on Yes where words are asked ("add another goal?" yes, then yes again at "what is goal 2?").
 * It is not noted: the question is asked again, saying why.
 */
import type { Question } from '../content/packs/packSchema';
import type { PreparationRecord } from '../plan/record';
import type { Phrases } from './recognisers/phrases';
import type { Parsed } from './sectionAnswers';

/** Why an answer repeats the last: a yes or no where words are asked. */
export type Repeat = 'yesNoForWords';

/** Whether `text`, read as `parsed` for `key`, only repeats the answer last noted. */
export function repeatOfLastAnswer(
  asked: { key: string; question: Question; record: PreparationRecord },
  text: string,
  parsed: Parsed,
  context: { phrases: Phrases },
): Repeat | undefined {
  const { key, question, record } = asked;
  const last = record.progress.trail.at(-1);
  const before = last === undefined || last === key ? undefined : record.answers[last];
  if (parsed.status !== 'answered' || !before) return undefined;
  const { phrases } = context;
  if (typeof before.value === 'boolean') {
    // A bare yes or no straight after one is never the words of a goal or any other answer in words.
    const yesOrNo = phrases.is('yes', text) || phrases.is('no', text);
    return question.type === 'text' && yesOrNo ? 'yesNoForWords' : undefined;
  }
  return undefined;
}
