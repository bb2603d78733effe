import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { cardInputs } from '../content/cards';
import { stripBidi } from '../content/escape';

/**
 * The text of an incoming message: what was typed, or what a card submitted (`value.answer`,
 * a string or a list). Cards and typing then read alike everywhere. Bidirectional controls are
 * taken out here, so none is ever stored or shown back to anyone.
 */
export function messageText(context: TurnContext): string | undefined {
  const text = rawText(context);
  return text === undefined ? undefined : visible(stripBidi(text));
}

/**
 * Zero-width spaces, word joiners, byte-order marks and Mongolian vowel separators: pasted, or
 * typed by a phone's keyboard where a space was meant. They separate words, so each run of them
 * (with any spaces beside it) reads as one space: taken out, "kill\u200Bmyself" ran together as
 * "killmyself" and hid a crisis from the screen.
 */
const separators = /[\u180E\u200B\u2060\uFEFF]+/;
/** Soft hyphens only mark where a word may break: taken out, the word reads whole ("sui\u00ADcide"). */
const softHyphens = /\u00AD/g;
/** Nothing anyone can see: spaces, and format characters (joiners, selectors) with nothing to join. */
const nothingVisible = /^[\s\p{Cf}\p{M}\u{FE00}-\u{FE0F}]*$/u;

/**
 * The text as it reads: separators as spaces, soft hyphens out; empty when nothing visible is
 * left. Zero-width joiners stay, as emoji sequences and some scripts need them (the crisis screen
 * reads them as joining a word).
 */
function visible(text: string): string {
  const shown = spaced(text.replace(softHyphens, ''));
  return nothingVisible.test(shown) ? '' : shown;
}

/** `text` with each run of separators, and the spaces beside it, as one space (none at either end). */
function spaced(text: string): string {
  const parts = text.split(separators);
  if (parts.length === 1) return text;
  // Split and trimmed rather than matched with spaces around, which reads long runs of spaces in
  // quadratic time.
  return parts
    .map((part, index) => {
      const start = index === 0 ? part : part.trimStart();
      return index === parts.length - 1 ? start : start.trimEnd();
    })
    .filter((part) => part !== '')
    .join(' ');
}

const part = z.union([z.string(), z.array(z.union([z.string(), z.number()]))]).optional();
/** What a card submits: the picks, as text or a list, in the list shown first and under "show more". */
const cardAnswer = z.looseObject({ [cardInputs.shown]: part, [cardInputs.more]: part });

function rawText(context: TurnContext): string | undefined {
  const { activity } = context;
  if (activity.type !== 'message') return undefined;
  if (typeof activity.text === 'string' && activity.text.trim() !== '') return activity.text;
  const submitted = cardAnswer.safeParse(activity.value);
  if (submitted.success) {
    // A shortened list's picks come in two parts: the options shown first, and those under "show more".
    const answer = submitted.data[cardInputs.shown];
    const parts = [answer, submitted.data[cardInputs.more]].flatMap((part) =>
      Array.isArray(part) ? part.map(String) : [part ?? ''],
    );
    const picked = parts.filter((part) => part.trim() !== '');
    if (answer !== undefined || picked.length > 0) return picked.join(', ');
  }
  return activity.text ?? '';
}

const cardSubmission = z.object({ linkId: z.string() });

/**
 * The question a card submission answers, when the card says (cards sent before it did carry no
 * linkId); undefined for typed messages.
 */
export function cardLinkId(context: TurnContext): string | undefined {
  const { activity } = context;
  if (activity.type !== 'message' || (typeof activity.text === 'string' && activity.text.trim() !== ''))
    return undefined;
  return cardSubmission.safeParse(activity.value).data?.linkId;
}
