/**
 * An answer that repeats the one before rather than answering the question now asked: a second
 * tap on Yes where words are asked ("add another goal?" yes, then yes again at "what is goal 2?"),
 * a text the phone sent twice arriving at the next question, or a second number sent straight
 * after a score ("3", then "9" at once) arriving where words are asked. None is noted: the question
 * is asked again, saying why.
 */
import type { Question } from '../content/packs/packSchema';
import type { PreparationRecord } from '../plan/record';
import type { Phrases } from './recognisers/phrases';
import { bareScore } from './recognisers/scale';
import { type Parsed } from './sectionAnswers';
import { cleanText } from './typedText';

/**
 * How soon the same message again counts as sent twice. Phones and networks resend within seconds
 * to a minute or two; the same words meant for the next question are noted when sent once more.
 */
const sentTwiceWithinMs = 2 * 60_000;

/**
 * Why an answer repeats the last: a yes or no where words are asked, the same message again, or
 * another number sent straight after a score (`noted` the score, `said` the number, `confidence`
 * whether the score was how sure rather than how important).
 */
export type Repeat =
  | { kind: 'yesNoForWords' | 'sentTwice' }
  | { kind: 'numberForWords'; noted: number; said: number; confidence: boolean };

/**
 * Whether `text`, read as `parsed` for `key`, only repeats the answer last noted. `reasked` is how
 * often `key` was asked again already: once told why, a bare yes or no or the same words are their answer.
 */
export function repeatOfLastAnswer(
  asked: { key: string; question: Question; record: PreparationRecord },
  text: string,
  parsed: Parsed,
  context: { phrases: Phrases; now: Date; reasked: number; locale?: string },
): Repeat | undefined {
  const { key, question, record } = asked;
  const last = record.progress.trail.at(-1);
  const before = last === undefined || last === key ? undefined : record.answers[last];
  // Once told why, the same reply again is their answer, however it reads: asked again, it stands.
  if (parsed.status !== 'answered' || !before || context.reasked > 0) return undefined;
  const { phrases } = context;
  if (typeof before.value === 'boolean') {
    // A bare yes or no straight after one is never the words of a goal or any other answer in words.
    const yesOrNo = phrases.is('yes', text) || phrases.is('no', text);
    return question.type === 'text' && yesOrNo ? { kind: 'yesNoForWords' } : undefined;
  }
  if (context.now.getTime() - Date.parse(before.at) > sentTwiceWithinMs) return undefined;
  const words = cleanText(text);
  // Like questions may rightly get like answers: 7 to one 0-10 scale, then 7 to the next.
  const same =
    typeof before.value === 'string'
      ? before.value === words
      : typeof before.value === 'number' && question.type !== 'scale0to10' && String(before.value) === words;
  if (same) return { kind: 'sentTwice' };
  // A number alone where words are asked, so soon after a score that the question could not yet be
  // read: a second go at the score, or a slip, never what they will do. Only scores are numbers.
  const said =
    typeof before.value === 'number' && question.type === 'text' ? bareScore(text, context.locale) : undefined;
  if (said === undefined || typeof before.value !== 'number') return undefined;
  return { kind: 'numberForWords', noted: before.value, said, confidence: last?.endsWith('.confidence') === true };
}
