import { confirmationOptionIds } from '../../content/renderer';
import { longestOpening, phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';
import { recogniseYesNo } from './yesNo';

/**
 * Reads the answer to a confirmation (Renderer.confirmation): its option number as shown on SMS
 * ("1" yes, "2" no), or any yes or no. True only for a clear yes with no no in it ("ok no" and
 * "yes but not now" do nothing); anything else is a no. An "ok" that opens words of their own
 * agrees with those words, not with the question: "ok share it after all", asked whether to take
 * a plan back, is no yes, where "ok go ahead" is one (explorer 25).
 */
export function readConfirmation(text: string, phrases: Phrases, locale?: string): boolean {
  const picked = /^\s*(\d+)\s*\.?\s*$/.exec(text)?.[1];
  if (picked !== undefined) return confirmationOptionIds[Number(picked) - 1] === 'yes';
  if (!clearYes(text, phrases, locale)) return false;
  const words = text
    .trim()
    .replace(/[,.!;:]+/g, ' ')
    .trim()
    .split(/\s+/u);
  const agreeing = (said: string): boolean => phrases.is('agree', said) || phrases.is('yes', said);
  const agreed = longestOpening(words, 0, (said) => phrases.is('agree', said));
  if (agreed === 0 || phrasesInARow(words, agreeing)) return true;
  return clearYes(words.slice(agreed).join(' '), phrases, locale);
}

function clearYes(text: string, phrases: Phrases, locale?: string): boolean {
  const answer = recogniseYesNo(text, phrases, locale, { needsClearYes: true });
  return answer.ok && answer.value;
}
