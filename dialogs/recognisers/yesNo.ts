import { recognizeBoolean } from '@microsoft/recognizers-text-suite';
import type { Phrases } from './phrases';
import { fail, ok, type Recognised } from '../../plan/recognised';

/** How a yes/no question takes words that only agree ("ok", "fine"). */
export interface YesNoRules {
  /**
   * The question asks whether something happened or is so ("bothered by feeling down?"), not for
   * agreement: "ok" or "fine" may mean "I read it" or "all is well", so it is no yes (`unclear`).
   */
  asksWhatHappened?: boolean;
}

/**
 * Reads yes or no. The phrase lists come first (they know "yeah", "nah", "n"); recognizers-text
 * catches longer forms ("yes, I think so"). Thanks are never an answer (`not_an_answer`); a word
 * that only agrees is a yes unless the question asks what happened. Both are settled before
 * recognizers-text, which reads "ok" and "fine" as yes.
 */
export function recogniseYesNo(
  text: string,
  phrases: Phrases,
  locale = 'en-GB',
  rules: YesNoRules = {},
): Recognised<boolean> {
  if (text.trim() === '') return fail('empty');
  if (phrases.is('yes', text)) return ok(true);
  if (phrases.is('no', text)) return ok(false);
  if (phrases.is('agree', text)) return rules.asksWhatHappened ? fail('unclear') : ok(true);
  if (phrases.is('thanks', text)) return fail('not_an_answer');
  const culture = locale.toLowerCase().startsWith('en') ? 'en-us' : locale;
  const results = recognizeBoolean(text.slice(0, 200), culture);
  const first: unknown = results[0] ? (results[0].resolution as { value?: unknown }).value : undefined;
  if (typeof first !== 'boolean') return fail('not_understood');
  // recognizers-text finds "ok" inside "I'm ok" and reads it as yes: the same agreeing word as above.
  if (first && rules.asksWhatHappened && phrases.is('agree', results[0].text)) return fail('unclear');
  return ok(first);
}
