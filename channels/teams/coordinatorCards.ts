import type { Attachment } from 'botbuilder';
import { stripBidi } from '../../content/escape';
import type { TemplateData } from '../../content/renderer';
import { lineText, runsOf, type PlanRun, type Slot } from '../../plan/planViewModel';

/** The words of a card, from content keys rendered for Teams. */
export type CardWords = (key: string, data?: TemplateData) => string;

/** What a card's buttons send back (`activity.value`), told apart by `careprep`. */
export const cardActions = {
  invite: 'teams.invite',
  fullPlan: 'teams.fullPlan',
  reviewed: 'teams.reviewed',
} as const;

/** Teams refuses adaptive cards much over 28 KB; we stay well inside. */
export const maxCardBytes = 28 * 1024;

/** One element of a card, as JSON. */
export type Element = Record<string, unknown>;

const schema = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** An Adaptive Card 1.5 attachment. */
export function card(body: Element[], actions: Element[]): Attachment {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: { type: 'AdaptiveCard', $schema: schema, version: '1.5', body, actions },
  };
}

/** The service's own words as a TextBlock (read as markdown by Teams: never a person's words). */
export const text = (value: string, extra: Element = {}): Element => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});
/** A heading on a card. */
export const heading = (value: string): Element => text(value, { weight: 'Bolder', spacing: 'Medium' });

/** The words for `key` as runs, each typed value (`typed(name)`) a run of its own. */
export function wordRuns(words: CardWords, key: string, data: Record<string, Slot>): PlanRun[] {
  return runsOf({ text: words }, key, data);
}

/**
 * Runs as a RichTextBlock, `style` on each run. A TextRun is never read as markdown (a TextBlock
 * is, and Teams on iOS and Android shows a markdown escape as a backslash), so typed words show
 * exactly as typed, less any bidi controls.
 */
export function runsBlock(runs: readonly PlanRun[], style: Element = {}, block: Element = {}): Element {
  return {
    type: 'RichTextBlock',
    inlines: runs.map((run) => ({ type: 'TextRun', text: run.own ? stripBidi(run.text) : run.text, ...style })),
    ...block,
  };
}

/**
 * The words for a field Teams shows as plain text (a button's title, an input's label): typed
 * values exactly as typed, less any bidi controls, never escaped.
 */
export function plainWords(words: CardWords, key: string, data: Record<string, Slot>): string {
  return lineText({ key, runs: wordRuns(words, key, data) }, stripBidi);
}

/** The invitation form: name, mobile, NHS number, when (typed or picked), and the conditions to talk about. */
export function inviteCard(words: CardWords, conditions: readonly { id: string; label: string }[]): Attachment {
  return card(
    [
      text(words('teams.invite.title'), { size: 'Large', weight: 'Bolder' }),
      {
        type: 'Input.Text',
        id: 'name',
        label: words('teams.invite.name'),
        isRequired: true,
        errorMessage: words('teams.invite.needName'),
        maxLength: 100,
      },
      { type: 'Input.Text', id: 'mobile', label: words('teams.invite.mobile'), style: 'Tel', maxLength: 20 },
      { type: 'Input.Text', id: 'nhsNumber', label: words('teams.invite.nhsNumber'), maxLength: 20 },
      { type: 'Input.Text', id: 'when', label: words('teams.invite.when'), maxLength: 100 },
      { type: 'Input.Date', id: 'date', label: words('teams.invite.date') },
      { type: 'Input.Time', id: 'time', label: words('teams.invite.time') },
      {
        type: 'Input.ChoiceSet',
        id: 'conditions',
        label: words('teams.invite.conditions'),
        isMultiSelect: true,
        style: 'expanded',
        choices: conditions.map((option) => ({ title: option.label, value: option.id })),
      },
    ],
    [
      {
        type: 'Action.Submit',
        title: words('teams.invite.send'),
        style: 'positive',
        data: { careprep: cardActions.invite },
      },
    ],
  );
}

/**
 * The way on when an invitation names a condition Careprep has no topics for: one button that
 * sends the invitation again as `resubmit` holds it, marked to go on without those topics.
 */
export function withoutTopicsCard(words: CardWords, resubmit: Record<string, unknown>, many: boolean): Attachment {
  return card(
    [text(words('teams.invite.withoutTopicsAsk', { many }))],
    [
      {
        type: 'Action.Submit',
        title: words('teams.invite.withoutTopics', { many }),
        data: { ...resubmit, careprep: cardActions.invite, withoutTopics: true },
      },
    ],
  );
}

/** The size Teams counts a card at: its JSON, in bytes. */
export function cardBytes(attachment: Attachment): number {
  return Buffer.byteLength(JSON.stringify(attachment));
}
