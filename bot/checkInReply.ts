import type { Phrases } from '../dialogs/recognisers/phrases';
import { saysSafeToMedicalCheckIn } from '../dialogs/recognisers/safeToMedicalCheckIn';
import { recogniseYesNo } from '../dialogs/recognisers/yesNo';
import type { Flag } from '../plan/record';
import type { CrisisKind } from '../safety/kinds';
import type { ScreenResult } from '../safety/screen';

/** A reply that opens with a plain no; one that turns ("no, but sometimes…", `phrases.noTurn`) is no clear no. */
const plainNo = /^\W*(?:no|nope|nah|never|not at all|definitely not|god no)\b/i;

/**
 * Whether `text` is a clear no to a check-in: a listed one, or a plain no that turns nowhere and in
 * which the screen (`found`) heard nothing. To the medical check-in (`asked`), a plain "I'm safe"
 * the screen heard nothing in is one too ("yes I'm safe, just tired"; H410), a bare "yes" never.
 * Anything else to a check-in is a crisis.
 */
export function clearNoToCheckIn(
  text: string,
  found: ScreenResult,
  phrases: Phrases,
  asked?: { kind: CrisisKind; carersOwn: boolean },
): boolean {
  if (phrases.is('clearNo', text)) return true;
  if (found.tier !== 'none') return false;
  if (plainNo.test(text) && !phrases.within('noTurn', text)) return true;
  return asked?.kind === 'medicalEmergency' && saysSafeToMedicalCheckIn(text, phrases, asked.carersOwn);
}

/**
 * What a reply to a check-in that was no clear no said, for the lead contact: a yes, not sure, or
 * something else ("go back", "maybe later"), which is handled as a yes and never told as one.
 */
export function checkInReply(text: string, phrases: Phrases, locale: string | undefined): NonNullable<Flag['reply']> {
  if (phrases.is('notSure', text) || phrases.within('doubt', text)) return 'notSure';
  const read = recogniseYesNo(text, phrases, locale, { asksWhatHappened: true });
  return read.ok && read.value ? 'yes' : 'unclear';
}
