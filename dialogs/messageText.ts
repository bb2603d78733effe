import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { stripBidi } from '../content/escape';

/**
 * The text of an incoming message: what was typed, or what a card submitted (`value.answer`,
 * a string or a list). Cards and typing then read alike everywhere. Bidirectional controls are
 * taken out here, so none is ever stored or shown back to anyone.
 */
export function messageText(context: TurnContext): string | undefined {
  const text = rawText(context);
  return text === undefined ? undefined : stripBidi(text);
}

function rawText(context: TurnContext): string | undefined {
  const { activity } = context;
  if (activity.type !== 'message') return undefined;
  if (typeof activity.text === 'string' && activity.text.trim() !== '') return activity.text;
  const value: unknown = activity.value;
  if (value && typeof value === 'object' && 'answer' in value) {
    const answer = value.answer;
    if (typeof answer === 'string') return answer;
    if (Array.isArray(answer)) return answer.map(String).join(', ');
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
