import { bare } from '../../plan/normalise';
import type { Phrases } from './phrases';
import { replyParts } from './replyParts';
import { saysSafe } from './safeSaid';

/**
 * Whether a reply to the medical check-in ("is this happening now, and do you need urgent medical
 * help?") says plainly they are safe: a clear yes to "are you safe" (`saysSafe`) in which a word of
 * being safe or well is said (`safeStatedWord`: "yes I'm safe", "im fine"), with only tiredness
 * beside it (`safeTiredAside`: "yes im safe, just tired"; H410). The "yes" of "yes I'm safe" answers
 * whether they are safe, not whether it is an emergency. A bare "yes" states nothing of safety and
 * stays a yes to the emergency, as does any other word, a question, or anything the screen found
 * (the caller checks that).
 */
export function saysSafeToMedicalCheckIn(text: string, phrases: Phrases, carersOwn: boolean): boolean {
  if (text.includes('?')) return false;
  const parts = replyParts(text)
    .map((part) => bare(part))
    .filter((part) => part !== '');
  const safe = (part: string): boolean =>
    saysSafe(part, phrases, 'safe') || (!carersOwn && saysSafe(part, phrases, 'safeOther'));
  const stated = (part: string): boolean =>
    safe(part) && part.split(' ').some((word) => phrases.is('safeStatedWord', word));
  return parts.some(stated) && parts.every((part) => safe(part) || phrases.is('safeTiredAside', part));
}
