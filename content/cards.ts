import type { Attachment } from 'botbuilder';
import type { Option } from './packs/packSchema';

/** The words a multi-select card shows, from content keys (`ui.submit`, `ui.noneOfThese`). */
export interface MultiSelectTexts {
  /** The submit button. */
  submit: string;
  /** A second button that picks nothing; left out when the question needs a pick. */
  none?: string;
}

/**
 * A multi-select list as an Adaptive Card (1.3, which Web Chat and Teams both render): one
 * check box per option and a submit button. Submitting sends `{ linkId, answer: "id1,id2" }` (how
 * Adaptive Cards report a multi-select), which the bot reads like typed "id1, id2"; option ids
 * hold no commas. The linkId says which question the card asked, so a card scrolled back to and
 * submitted later never answers another question. Typed answers keep working because the
 * question text still lists the options.
 */
export function multiSelectCard(options: readonly Option[], texts: MultiSelectTexts, linkId: string): Attachment {
  const actions: Record<string, unknown>[] = [
    { type: 'Action.Submit', title: texts.submit, style: 'positive', data: { linkId } },
  ];
  if (texts.none) actions.push({ type: 'Action.Submit', title: texts.none, data: { linkId, answer: texts.none } });
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: '1.3',
      body: [
        {
          type: 'Input.ChoiceSet',
          id: 'answer',
          isMultiSelect: true,
          style: 'expanded',
          choices: options.map((option) => ({ title: option.label, value: option.id })),
        },
      ],
      actions,
    },
  };
}
