import type { Attachment } from 'botbuilder';
import type { Option } from './packs/packSchema';

/** The words a multi-select card shows, from content keys (`ui.submit`, `ui.noneOfThese`, `ui.showMore`). */
export interface MultiSelectTexts {
  /** The submit button. */
  submit: string;
  /** A second button that picks nothing; left out when the question needs a pick. */
  none?: string;
  /** The button that shows the rest of a shortened list. */
  showMore?: string;
}

/** How the options are laid out: which come first, and which start ticked. */
export interface MultiSelectLayout {
  /** Ids of the options shown at first; the others wait behind "show more". All when absent. */
  featured?: readonly string[];
  /** Ids of the options ticked when the card arrives. */
  ticked?: readonly string[];
}

/** The input ids of a multi-select card: the list shown first, and the rest behind "show more". */
export const cardInputs = { shown: 'answer', more: 'answerMore' } as const;

const moreContainerId = 'more';
const moreButtonId = 'moreButton';

function choiceSet(id: string, options: readonly Option[], ticked: readonly string[]): Record<string, unknown> {
  const value = options.filter((o) => ticked.includes(o.id)).map((o) => o.id);
  return {
    type: 'Input.ChoiceSet',
    id,
    isMultiSelect: true,
    style: 'expanded',
    wrap: true,
    choices: options.map((option) => ({ title: option.label, value: option.id })),
    ...(value.length > 0 ? { value: value.join(',') } : {}),
  };
}

/**
 * A multi-select list as an Adaptive Card (1.3, which Web Chat and Teams both render): one
 * check box per option and a submit button. Submitting sends `{ linkId, answer: "id1,id2" }` (how
 * Adaptive Cards report a multi-select), which the bot reads like typed "id1, id2"; option ids
 * hold no commas. The linkId says which question the card asked, so a card scrolled back to and
 * submitted later never answers another question. The options are listed on the card only: the
 * message above it does not repeat them, and typed names are still understood.
 *
 * A long list shows its featured options first and the rest behind a "show more" button that
 * reveals them in the same card (Action.ToggleVisibility, so one submit sends the picks of
 * both parts, the rest as `answerMore`). The "none" button sends no ticks at all, whatever is
 * ticked when it is pressed.
 */
export function multiSelectCard(
  options: readonly Option[],
  texts: MultiSelectTexts,
  linkId: string,
  layout: MultiSelectLayout = {},
): Attachment {
  const ticked = layout.ticked ?? [];
  const featured = layout.featured;
  const shown = featured ? options.filter((o) => featured.includes(o.id)) : options;
  const rest = featured ? options.filter((o) => !featured.includes(o.id)) : [];
  const split = shown.length > 0 && rest.length > 0 && texts.showMore !== undefined;
  const body: Record<string, unknown>[] = [choiceSet(cardInputs.shown, split ? shown : options, ticked)];
  if (split) {
    body.push(
      {
        type: 'ActionSet',
        id: moreButtonId,
        actions: [
          {
            type: 'Action.ToggleVisibility',
            title: texts.showMore,
            targetElements: [
              { elementId: moreContainerId, isVisible: true },
              { elementId: moreButtonId, isVisible: false },
            ],
          },
        ],
      },
      { type: 'Container', id: moreContainerId, isVisible: false, items: [choiceSet(cardInputs.more, rest, ticked)] },
    );
  }
  const actions: Record<string, unknown>[] = [
    { type: 'Action.Submit', title: texts.submit, style: 'positive', data: { linkId } },
  ];
  if (texts.none) {
    actions.push({
      type: 'Action.Submit',
      title: texts.none,
      associatedInputs: 'none',
      data: { linkId, answer: texts.none },
    });
  }
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.3',
      body,
      actions,
    },
  };
}
