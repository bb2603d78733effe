import { recognizeBoolean } from '@microsoft/recognizers-text-suite';
import type { Phrases } from './phrases';
import { fail, ok, type Recognised } from '../../plan/recognised';

/**
 * Reads yes or no. The phrase lists come first (they know "yeah", "nah", "ok", "n");
 * recognizers-text catches longer forms ("yes, I think so").
 */
export function recogniseYesNo(text: string, phrases: Phrases, locale = 'en-GB'): Recognised<boolean> {
  if (text.trim() === '') return fail('empty');
  if (phrases.is('yes', text)) return ok(true);
  if (phrases.is('no', text)) return ok(false);
  const culture = locale.toLowerCase().startsWith('en') ? 'en-us' : locale;
  const results = recognizeBoolean(text.slice(0, 200), culture);
  const first: unknown = results[0] ? (results[0].resolution as { value?: unknown }).value : undefined;
  return typeof first === 'boolean' ? ok(first) : fail('not_understood');
}
