import type { CardAction } from 'botbuilder';
import { familyLooks, type ChannelFamily } from './channels';
import type { Option, Question } from './packs/packSchema';

/** The renderer's words for a key, as a family shows them. */
type Words = (key: string, data: Record<string, string | number>, family: ChannelFamily) => string;

/**
 * The options as numbered lines, and how to reply, for SMS. On web chat and Teams a yes/no or a
 * scale is a row of buttons, a single choice too, and a multiple choice a card: the options are
 * shown there, once, and not listed again in the text.
 */
export function optionLines(
  type: Question['type'],
  options: readonly Option[],
  family: ChannelFamily,
  text: Words,
): string[] {
  if (!familyLooks[family].plain) return [];
  if (type === 'yesno') return [text('ui.replyYesNo', {}, family)];
  if (type === 'scale0to10') return [text('ui.replyScale', {}, family)];
  if (type !== 'choice' && type !== 'multichoice') return [];
  const list = options.map((o, i) => `${i + 1} ${o.label}`).join('\n');
  const numbers =
    options.length <= 1
      ? '1'
      : `${options
          .slice(0, -1)
          .map((_, i) => i + 1)
          .join(', ')} or ${options.length}`;
  if (type === 'choice') return [list, text('ui.replyNumbers', { numbers }, family)];
  // Only numbers on this list, so the example can be sent as it stands: 1 3 5, or fewer on a short list.
  const example = [1, 3, 5].filter((n) => n <= options.length).concat(options.length === 2 ? [2] : []);
  return [list, text('ui.replyManyNumbers', { example: example.join(' ') }, family)];
}

/** The buttons a yes/no, a scale or a single choice is answered with on web chat and Teams. */
export function buttons(
  type: Question['type'],
  options: readonly Option[],
  family: ChannelFamily,
  text: Words,
): CardAction[] {
  const imBack = (title: string, value = title): CardAction => ({ type: 'imBack', title, value });
  if (type === 'yesno')
    return [
      imBack(text('ui.yes', {}, family)),
      imBack(text('ui.no', {}, family)),
      imBack(text('ui.notSure', {}, family)),
    ];
  if (type === 'scale0to10')
    return [...Array.from({ length: 11 }, (_, i) => imBack(String(i))), imBack(text('ui.notSure', {}, family))];
  if (type === 'choice') return options.map((o) => imBack(o.label));
  return [];
}
