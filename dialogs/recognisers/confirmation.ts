import { confirmationOptionIds } from '../../content/renderer';
import type { AfterOk, ConfirmationPhrases, ConfirmedKind } from './confirmationPhrases';
import { longestOpening, phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';
import { recogniseYesNo } from './yesNo';

/** The answer to a confirmation: do it, do not, or ask again (never acted on, never taken as a no). */
export type ConfirmationAnswer = 'yes' | 'no' | 'unclear';

/** Which confirmation was asked, and how words after an opening "ok" are read at it. */
export interface ConfirmationAsked {
  kind: ConfirmedKind;
  words: ConfirmationPhrases;
}

/**
 * Reads the answer to a confirmation (Renderer.confirmation): its option number as shown on SMS
 * ("1" yes, "2" no), or any yes or no. Yes only for a clear yes with no no in it ("ok no" and
 * "yes but not now" do nothing). An "ok" that opens words of their own agrees with those words,
 * not with the question (H237): at "take your plan back?", "ok take it back", "ok do it" and "ok
 * sounds good" are yes, "ok share it after all" asks the opposite and is no, and words neither
 * agreeing nor opposing ("ok what happens then") are `unclear`. Without `asked`, such words are
 * never a yes.
 */
export function readConfirmation(
  text: string,
  phrases: Phrases,
  locale?: string,
  asked?: ConfirmationAsked,
): ConfirmationAnswer {
  const picked = /^\s*(\d+)\s*\.?\s*$/.exec(text)?.[1];
  if (picked !== undefined) return confirmationOptionIds[Number(picked) - 1] === 'yes' ? 'yes' : 'no';
  if (!clearYes(text, phrases, locale)) return 'no';
  const words = text
    .trim()
    .replace(/[,.!;:]+/g, ' ')
    .trim()
    .split(/\s+/u);
  const agreeing = (said: string): boolean => phrases.is('agree', said) || phrases.is('yes', said);
  const agreed = longestOpening(words, 0, (said) => phrases.is('agree', said));
  if (agreed === 0 || phrasesInARow(words, agreeing)) return 'yes';
  const after = words.slice(agreed);
  // What is asked for the opposite outweighs a yes beside it ("ok yes share it" to a take-back).
  const read = asked ? afterOkAnswers[asked.words.afterOk(asked.kind, after)] : 'unclear';
  if (read !== 'unclear') return read;
  return clearYes(after.join(' '), phrases, locale) ? 'yes' : 'unclear';
}

const afterOkAnswers: Readonly<Record<AfterOk, ConfirmationAnswer>> = {
  agrees: 'yes',
  opposes: 'no',
  unclear: 'unclear',
};

function clearYes(text: string, phrases: Phrases, locale?: string): boolean {
  const answer = recogniseYesNo(text, phrases, locale, { needsClearYes: true });
  return answer.ok && answer.value;
}
