import { bare } from '../../plan/normalise';
import type { Phrases } from './phrases';
import { replyParts } from './replyParts';

/**
 * What a reply to "are you safe right now?" says when every part of it is a `noEmergency` or
 * `safe` phrase, or an aside beside one: `noEmergency` when a part says plainly there is no
 * emergency, `safe` when the parts only say they are well, as a `safe` phrase alone does.
 * Undefined when a part is anything else, and for a no with only a `safe` phrase beside it (it may
 * answer the safety question either way). The caller checks the screen found nothing in it (H67;
 * the wordings are in content and `test/bot/crisisGuard.test.ts`).
 */
export function readNoEmergency(text: string, phrases: Phrases): 'noEmergency' | 'safe' | undefined {
  const parts = replyParts(text)
    .map((part) => bare(part))
    .filter((part) => part !== '');
  const stated = parts.filter((part) => phrases.is('noEmergency', part)).length;
  const safe = parts.filter((part) => phrases.is('safe', part)).length;
  const asides = parts.filter((part) => phrases.is('noEmergencyAside', part));
  if (stated + safe + asides.length !== parts.length || stated + safe === 0) return undefined;
  if (stated > 0) return 'noEmergency';
  return asides.some((part) => phrases.is('notSafe', part)) ? undefined : 'safe';
}
