import { pickParts, type Picks } from './choices';
import type { Phrases } from './phrases';
import { fail, ok, type Recognised } from '../../plan/recognised';
import { wordKind } from './wordLike';

/** What a list with a "something else" option keeps: words to keep as typed, and parts left out. */
export interface OtherWords {
  /** The options matched, besides "something else". */
  ids: string[];
  /** The person's own words, kept as typed. */
  other: string;
  /** Parts that were not words at all (a keyboard mash), left out and said so. */
  leftOut: string[];
}

/**
 * The words no option matched, for the "something else" option of a list (a condition not on the
 * list): the parts left over, or the whole message when nothing matched, less any keyboard mash.
 * Words are kept whatever they are, since a rare condition is still a condition; what reads as no
 * words at all ("???", an emoji, "ok") is asked again, and so is a keyboard mash the first time
 * (typed again, it is kept: the person meant it). Undefined when there is nothing to keep: every
 * part matched, only a mash was left over, or the message was a "none" or "nothing", a bad
 * number or empty.
 *
 * @param words the message as typed, cleaned of control characters.
 * @param reasked how many times the question was already asked again.
 */
export function otherWords(
  result: Recognised<Picks>,
  words: string,
  phrases: Phrases,
  reasked: number,
): Recognised<OtherWords> | undefined {
  if (result.ok) {
    const { unmatched } = result.value;
    const kept = keptParts(unmatched, phrases);
    return kept ? ok({ ids: result.value.ids, other: kept.join(', '), leftOut: leftOut(unmatched, kept) }) : undefined;
  }
  if (result.code !== 'not_understood' || words === '') return undefined;
  if (phrases.is('none', words) || phrases.is('nothingMore', words)) return undefined;
  const parts = pickParts(words);
  const kept = keptParts(parts, phrases);
  // Kept whole, as typed, when no part is a mash ("Huntington's disease", "ME/CFS", "lupus and IBS").
  if (kept)
    return ok({
      ids: [],
      other: kept.length === parts.length ? words : kept.join(', '),
      leftOut: leftOut(parts, kept),
    });
  const mash = parts.some((part) => wordKind(part, phrases) === 'mash');
  return mash && reasked > 0 ? ok({ ids: [], other: words, leftOut: [] }) : fail('not_words');
}

/**
 * The parts to keep: all but the keyboard mashes, when at least one part reads as words. A part
 * about the appointment ("my appointment is on 14 March") is never "something else" on a list of
 * conditions or topics: it is left out and said so, as a part not understood is.
 */
function keptParts(parts: readonly string[], phrases: Phrases): string[] | undefined {
  const kinds = parts.map((part) => (aboutTheAppointment(part, phrases) ? 'aside' : wordKind(part, phrases)));
  if (!kinds.includes('words')) return undefined;
  return parts.filter((_, i) => kinds[i] !== 'mash' && kinds[i] !== 'aside');
}

/**
 * Whether `part` is about the appointment itself: it names it and tells a day, date or time of it
 * ("my appointment is on 14 March", "appt next tuesday at 10"). A part that only mentions
 * appointments ("panic attacks before appointments", "someone to drive him to his hospital
 * appointments") is no such part: it is kept as their words.
 */
function aboutTheAppointment(part: string, phrases: Phrases): boolean {
  return phrases.within('appointmentTalk', part) && (/\d/.test(part) || phrases.within('appointmentWhen', part));
}

function leftOut(parts: readonly string[], kept: readonly string[]): string[] {
  return parts.filter((part) => !kept.includes(part));
}
