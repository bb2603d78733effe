import { bare } from '../../plan/normalise';
import { meantByPlace, meantForEarlier } from './meantEarlier';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/** The most words the lead of a correction has ("oh sorry my mistake i meant to say"). */
const longestLead = 8;

/**
 * The words a person says they meant for the answer before ("sorry I meant COPD" is "COPD"), as
 * typed: a lead of `meantLead` phrases, one of them saying the answer was not the one meant
 * (`meantSaid`: "I meant", "should have said"), then the words meant. Undefined for anything else,
 * and for a yes or a no meant for a question before ("I meant yes to the last one"): that is read
 * by `meantForEarlier` and `meantByPlace`.
 */
export function meantWords(text: string, phrases: Phrases): string | undefined {
  if (meantForEarlier(text, phrases) || meantByPlace(text, phrases)) return undefined;
  const typed = text.trim().split(/\s+/);
  const words = typed.map((word) => bare(word).replace(/\?/g, ''));
  for (let end = Math.min(longestLead, typed.length - 1); end >= 1; end--) {
    const lead = words.slice(0, end).filter((word) => word !== '');
    if (!phrasesInARow(lead, (run) => phrases.is('meantLead', run))) continue;
    if (!phrases.within('meantSaid', lead.join(' '))) continue;
    const meant = typed
      .slice(end)
      .join(' ')
      .replace(/^[\s,.;:!-]+|[\s.!]+$/gu, '');
    if (bare(meant) === '' || phrases.is('yes', meant) || phrases.is('no', meant)) return undefined;
    return meant;
  }
  return undefined;
}
