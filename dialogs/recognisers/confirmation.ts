import { confirmationOptionIds } from '../../content/renderer';
import type { Phrases } from './phrases';
import { recogniseYesNo } from './yesNo';

/**
 * Reads the answer to a confirmation (Renderer.confirmation): its option number as shown on SMS
 * ("1" yes, "2" no), or any yes or no. True only for a clear yes with no no in it ("ok no" and
 * "yes but not now" do nothing); anything else is a no.
 */
export function readConfirmation(text: string, phrases: Phrases, locale?: string): boolean {
  const picked = /^\s*(\d+)\s*\.?\s*$/.exec(text)?.[1];
  if (picked !== undefined) return confirmationOptionIds[Number(picked) - 1] === 'yes';
  const answer = recogniseYesNo(text, phrases, locale, { needsClearYes: true });
  return answer.ok && answer.value;
}
