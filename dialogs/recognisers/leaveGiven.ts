import { bare } from '../../plan/normalise';
import type { PhraseList } from './phraseLists';
import type { Phrases } from './phrases';
import { fail, ok, type Recognised } from '../../plan/recognised';

/** The lists a reply that gives leave may be made of, beside its "no problem". */
const around: readonly PhraseList[] = ['leaveAround', 'yes', 'agree', 'thanks'];
/** The most words a phrase of those lists has, and more. */
const longestPhrase = 6;

/**
 * "No problem", "no worries" to a request for leave ("Can I share this plan?"): a yes only when
 * the whole reply is leave, with nothing beside it but yes, agreeing words, thanks and the like
 * (`leaveAround`). Any other word may take the leave back ("no problem if you don't", "no worries
 * I will keep it to myself"), so the reply is `unclear` and asked again: a plan is shared only on
 * a clear yes. Undefined when the reply holds no "no problem", for the other readings to decide.
 */
export function leaveGiven(text: string, phrases: Phrases): Recognised<boolean> | undefined {
  if (!phrases.within('noProblem', text)) return undefined;
  const words = bare(text)
    .replace(/\?/g, ' ')
    .split(/\s+/)
    .filter((word) => word !== '');
  let found = false;
  for (let start = 0; start < words.length;) {
    const end = longestMatch(words, start, phrases);
    if (end === undefined) return fail('unclear');
    found ||= phrases.is('noProblem', words.slice(start, end).join(' '));
    start = end;
  }
  return found ? ok(true) : fail('unclear');
}

/** Where the longest phrase of `noProblem` or the lists around it that starts at `start` ends. */
function longestMatch(words: readonly string[], start: number, phrases: Phrases): number | undefined {
  for (let end = Math.min(words.length, start + longestPhrase); end > start; end--) {
    const phrase = words.slice(start, end).join(' ');
    if (phrases.is('noProblem', phrase) || around.some((list) => phrases.is(list, phrase))) return end;
  }
  return undefined;
}
