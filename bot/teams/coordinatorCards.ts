import type { Attachment } from 'botbuilder';
import { stripBidi } from '../../content/escape';
import type { TemplateData } from '../../content/renderer';
import type { DraftPlan } from '../../plan/draftPlan';
import type { PlanChange } from './planChanges';
import { cutText } from '../../plan/readingLength';

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
/** Longer answers are cut on the card; the full plan is one tap away. */
const maxAnswerOnCard = 600;

type Element = Record<string, unknown>;

const schema = 'http://adaptivecards.io/schemas/adaptive-card.json';

function card(body: Element[], actions: Element[]): Attachment {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: { type: 'AdaptiveCard', $schema: schema, version: '1.5', body, actions },
  };
}

const text = (value: string, extra: Element = {}): Element => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});
/**
 * A person's own words on the card. A TextRun is never read as markdown (a TextBlock is), so
 * what they typed shows exactly as typed and a link written in it stays text.
 */
const personsWords = (value: string, extra: Element = {}): Element => ({
  type: 'RichTextBlock',
  inlines: [{ type: 'TextRun', text: stripBidi(value) }],
  ...extra,
});
const heading = (value: string): Element => text(value, { weight: 'Bolder', spacing: 'Medium' });
const cut = (value: string): string => cutText(value, maxAnswerOnCard);

/** The invitation form: name, mobile, when (typed or picked), and the conditions to talk about. */
export function inviteCard(words: CardWords, conditions: readonly { id: string; label: string }[]): Attachment {
  return card(
    [
      text(words('teams.invite.title'), { size: 'Large', weight: 'Bolder' }),
      { type: 'Input.Text', id: 'name', label: words('teams.invite.name'), isRequired: true, maxLength: 100 },
      { type: 'Input.Text', id: 'mobile', label: words('teams.invite.mobile'), style: 'Tel', maxLength: 20 },
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

/** Everything a plan card shows besides the plan. */
export interface PlanCardInput {
  plan: DraftPlan;
  personName: string;
  /** Already in words. */
  appointment?: string;
  invitationId: string;
  /** Present for an update: only these are shown, with the parts they touch. */
  changes?: readonly PlanChange[];
}

/**
 * The lead contact's card: anything to read first (crisis, a positive mood screen the person
 * chose to share), then top topics, goals with how much they matter and how sure the person is,
 * what matters to them, and who filled it in; with "open full plan" and "mark as reviewed".
 * An update shows what changed and only the parts that changed.
 */
export function planCard(words: CardWords, input: PlanCardInput): Attachment {
  const { plan, changes } = input;
  const name = input.personName;
  const body: Element[] = [
    text(words(changes ? 'teams.card.updatedTitle' : 'teams.card.title', { name }), {
      size: 'Large',
      weight: 'Bolder',
    }),
  ];
  if (input.appointment) body.push(text(words('teams.card.visit', { when: input.appointment }), { isSubtle: true }));
  if (changes) {
    const list = changes.map((change) => words(change.key, change.data)).join('; ') || words('teams.change.nothing');
    body.push(text(words('teams.card.changes', { changes: list })));
  }
  const touched = (key: PlanChange['key'], number?: number): boolean =>
    !changes || changes.some((change) => change.key === key && (number === undefined || change.data.number === number));

  const flagLines: Element[] = [];
  let moodShown = false;
  for (const flag of plan.flags) {
    if (changes && !touched('teams.change.flag')) break;
    if (flag.kind === 'crisis') {
      flagLines.push(
        text(words('teams.card.crisis', { detail: words(`teams.card.crisisDetail.${flag.detail}`) }), {
          color: 'Attention',
        }),
      );
    } else if (plan.mood.screenPositive && !moodShown) {
      moodShown = true;
      flagLines.push(
        text(words('teams.card.mood', { wantsHelp: plan.mood.wantsHelp === true }), { color: 'Attention' }),
      );
    }
  }
  if (flagLines.length > 0) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [text(words('teams.card.readFirst'), { weight: 'Bolder' }), ...flagLines],
    });
  }

  const topicsChanged = touched('teams.change.topicAdded') || touched('teams.change.topicRemoved');
  if (plan.topics.top.length > 0 && topicsChanged) {
    body.push(heading(words('teams.card.topics')));
    // Topics may be the person's own words, so each is a line of plain text, not a markdown list.
    for (const topic of plan.topics.top) body.push(personsWords(`• ${cut(topic)}`, { spacing: 'None' }));
  }
  // Not sure is not no: said beside the topics, as something to ask about rather than a flag.
  if (plan.mood.unsure && (!changes || touched('teams.change.mood'))) body.push(text(words('teams.card.moodUnsure')));

  const goals = plan.goals.filter(
    (goal) => touched('teams.change.goalChanged', goal.number) || touched('teams.change.goalAdded', goal.number),
  );
  if (goals.length > 0) body.push(heading(words('teams.card.goals')));
  for (const goal of goals) {
    const notGiven = words('teams.card.notGiven');
    body.push(text(words('teams.card.goal', { number: goal.number }), { weight: 'Bolder', spacing: 'Small' }));
    if (goal.text) body.push(personsWords(cut(goal.text)));
    body.push(
      text(
        words('teams.card.scores', {
          importance: goal.importance ?? notGiven,
          confidence: goal.confidence ?? notGiven,
        }),
        { isSubtle: true, spacing: 'None' },
      ),
    );
  }

  // Results the team sent, each with its trend in words and the person's question beside it.
  if (plan.results && !changes) {
    body.push(heading(plan.results.heading));
    for (const result of plan.results.items) {
      body.push(text(`${result.name}: ${result.trend}`, { spacing: 'Small' }));
      if (result.question) body.push(personsWords(`"${cut(result.question)}"`, { spacing: 'None' }));
    }
  }
  if (plan.whatMatters.most && touched('teams.change.whatMatters')) {
    body.push(heading(words('teams.card.whatMatters')));
    body.push(personsWords(cut(plan.whatMatters.most)));
  }
  if (!changes) {
    const by = plan.aboutMe.completedBy === 'carer' ? 'teams.card.byCarer' : 'teams.card.byPerson';
    body.push(text(words(by, { name }), { isSubtle: true, spacing: 'Medium' }));
  }

  return card(body, [
    {
      type: 'Action.Submit',
      title: words('teams.card.openPlan'),
      data: { careprep: cardActions.fullPlan, invitationId: input.invitationId },
    },
    {
      type: 'Action.Submit',
      title: words('teams.card.markReviewed'),
      style: 'positive',
      data: { careprep: cardActions.reviewed, invitationId: input.invitationId, planVersion: plan.planVersion },
    },
  ]);
}

/** The size Teams counts a card at: its JSON, in bytes. */
export function cardBytes(attachment: Attachment): number {
  return Buffer.byteLength(JSON.stringify(attachment));
}
