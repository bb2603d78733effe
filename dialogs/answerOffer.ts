/**
 * An offer to keep something as the answer to the question waiting, asked in place of the
 * question's own words: words said to it that may be meant as the answer (`offerToKeep`), or an
 * answer heard before the question was asked (a goal's rating said with the goal, `hearForLater`).
 * It holds for the message straight after it only, and until the question is answered or asked
 * again: a yes keeps it, and anything else is read as an answer to the question, as ever.
 */
import type { AnswerValue } from '../plan/record';
import type { Phrases } from './recognisers/phrases';
import type { SectionState } from './sectionTypes';

/** An answer heard before its question was asked, and the words that offer it. */
export type HeardAnswer = NonNullable<SectionState['heard']>[string];

/**
 * What the message after an offer says to it: keep what was offered (with words for a list's
 * "something else" option, if offered), or ask the question in its own words.
 */
export type OfferReply = { keep: AnswerValue; other?: string } | 'ownWords' | undefined;

/** Reads `text` as the reply to the offer standing, which it withdraws either way. */
export function replyToOffer(state: SectionState, text: string, phrases: Phrases): OfferReply {
  const { offered, offeredHeard, offeredOther } = state;
  withdrawOffer(state);
  if (offered !== undefined && (phrases.is('yes', text) || phrases.is('agree', text)))
    return offeredOther === undefined ? { keep: offered } : { keep: offered, other: offeredOther };
  // A no to what was heard before it was asked: the question in its own words.
  return offeredHeard && phrases.is('no', text) ? 'ownWords' : undefined;
}

/**
 * Makes `value`, just offered, the offer standing; `heard` when it was heard before its question
 * was asked, `other` the words offered with it for a list's "something else" option.
 */
export function makeOffer(state: SectionState, value: AnswerValue, heard?: true, other?: string): void {
  state.offered = value;
  state.offeredHeard = heard;
  state.offeredOther = other;
}

/** Keeps `value` (and `other` words), heard before `key` was asked, to offer in `offer`'s words when it is asked. */
export function holdHeard(state: SectionState, key: string, value: AnswerValue, offer: string, other?: string): void {
  state.heard = { ...state.heard, [key]: { value, offer, ...(other === undefined ? {} : { other }) } };
}

/** Lets go of what was heard for `key` before it was asked: the words it was heard in were taken back. */
export function dropHeard(state: SectionState, key: string): void {
  if (state.heard) delete state.heard[key];
}

/**
 * The answer heard before `key` was asked, to offer in place of its own words: taken, so it is
 * offered once, and none when the question is asked with words of its own (`lead`).
 */
export function takeHeard(state: SectionState, key: string, lead: string | undefined): HeardAnswer | undefined {
  const heard = lead === undefined ? state.heard?.[key] : undefined;
  dropHeard(state, key);
  return heard;
}

/** Withdraws the offer standing: the question was answered or asked again. */
export function withdrawOffer(state: SectionState): void {
  state.offered = undefined;
  state.offeredHeard = undefined;
  state.offeredOther = undefined;
  state.offeredOwn = undefined;
  state.offeredStrain = undefined;
  state.offeredStrainRest = undefined;
}
