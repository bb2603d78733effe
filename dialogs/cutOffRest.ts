/**
 * A section's side of an answer that looked cut off (`cutOffAnswer`): it is held on the question
 * waiting (`SectionState.cutOff`) while the rest is asked for, and the next message either keeps it
 * as it is or is its rest, joined to it and read as one answer. Asked again (after START, a recap, a
 * command), the rest is asked for again, so it still joins the words held ("walk to the" … "park").
 */
import type { ChannelFamily } from '../content/channels';
import type { Question } from '../content/packs/packSchema';
import type { Renderer } from '../content/renderer';
import { cutOffAnswer, joined, keepsAsItIs, type CutOff } from './cutOffAnswer';
import type { Phrases } from './recognisers/phrases';
import type { Parsed } from './sectionAnswers';

/**
 * The cut-off answer to hold from `parsed`: never a pick from a card, nor an answer already joined
 * to its rest.
 */
export function cutOffToHold(
  question: Question,
  parsed: Parsed,
  phrases: Phrases,
  from: { card: boolean; rest: boolean },
): CutOff | undefined {
  return from.card || from.rest ? undefined : cutOffAnswer(question, parsed, phrases);
}

/** What the message after a cut-off answer makes of it: the words kept as they are, or the whole answer to read. */
export function restOfCutOff(cutOff: CutOff, text: string, phrases: Phrases): { kept: string } | { whole: string } {
  return keepsAsItIs(text, phrases) ? { kept: cutOff.words } : { whole: joined(cutOff, text) };
}

/** The words asking for the rest, naming the word the answer stopped on. */
export function askForRest(cutOff: CutOff, renderer: Renderer, family: ChannelFamily): string {
  return renderer.text('retry.cutOff', { last: cutOff.last }, family);
}
