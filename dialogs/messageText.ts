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
 * Zero-width spaces, word joiners, byte-order marks and soft hyphens: pasted or typed by a phone's
 * keyboard, never meant, and an answer of them alone was noted as an answer no one can see.
 */
const invisibles = /[\u00AD\u180E\u200B\u2060\uFEFF]/g;
/** Nothing anyone can see: spaces, and format characters (joiners, selectors) with nothing to join. */
const nothingVisible = /^[\s\p{Cf}\p{M}\u{FE00}-\u{FE0F}]*$/u;

/** The text without invisible characters; empty when nothing visible is left. */
function visible(text: string): string {
  const shown = text.replace(invisibles, '');
  return nothingVisible.test(shown) ? '' : shown;
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
