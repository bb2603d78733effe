import type { Attachment } from 'botbuilder';
import type { Measure } from '../../content/results/measureSchema';
import type { Invitation } from '../../coordination/invitationStore';
import { typed } from '../../plan/planViewModel';
import { plainWords, runsBlock, wordRuns, type CardWords } from './coordinatorCards';

/** What the results cards' buttons send back (`activity.value.careprep`). */
export const resultsCardActions = { open: 'teams.addResults', save: 'teams.saveResults' } as const;

type Element = Record<string, unknown>;

const card = (body: Element[], actions: Element[]): Attachment => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions,
  },
});
const text = (value: string, extra: Element = {}): Element => ({
  type: 'TextBlock',
  text: value,
  wrap: true,
  ...extra,
});

/** "my patients" as buttons: one "Add results" per invitation. */
export function patientsResultsCard(words: CardWords, invitations: readonly Invitation[]): Attachment {
  return card(
    [text(words('teams.results.pick'), { weight: 'Bolder' })],
    invitations.map((invitation) => ({
      type: 'Action.Submit',
      // A button's title is plain text: the name exactly as typed.
      title: plainWords(words, 'teams.results.open', { name: typed(invitation.details.personName) }),
      data: { careprep: resultsCardActions.open, invitationId: invitation.id },
    })),
  );
}

/** The measures that fit an invitation's conditions; a few general ones when none is given. */
export function measuresFor(measures: readonly Measure[], conditions: readonly string[]): Measure[] {
  const fitting = measures.filter((m) => m.conditions.some((c) => conditions.includes(c)));
  return fitting.length > 0 ? fitting : measures.filter((m) => ['bloodPressure', 'weight', 'smoking'].includes(m.id));
}

/**
 * The "add results" card for one person: for each measure that fits their conditions, its value
 * in its usual unit (shown in the label), an optional target of their own, and whether to keep
 * it for a face-to-face talk; one date for them all. `values` refills a card asked again.
 */
export function addResultsCard(
  words: CardWords,
  input: {
    invitation: Invitation;
    measures: readonly Measure[];
    today: string;
    values?: Readonly<Record<string, unknown>>;
    problem?: string;
  },
): Attachment {
  const { invitation, measures, values = {} } = input;
  const prior = (id: string): string | undefined => (typeof values[id] === 'string' ? values[id] : undefined);
  const body: Element[] = [
    runsBlock(wordRuns(words, 'teams.results.title', { name: typed(invitation.details.personName) }), {
      size: 'Large',
      weight: 'Bolder',
    }),
  ];
  if (input.problem) body.push(text(input.problem, { color: 'Attention' }));
  body.push({
    type: 'Input.Date',
    id: 'date',
    label: words('teams.results.date'),
    value: prior('date') ?? input.today,
    isRequired: true,
    errorMessage: words('teams.results.needDate'),
  });
  for (const m of measures) {
    const unit = m.unitLabel ? ` (${m.unitLabel})` : '';
    const number = (id: string, label: string): Element => ({ type: 'Input.Number', id, label, value: prior(id) });
    const items: Element[] = [];
    if (m.kind === 'pair') {
      items.push(number(`value.${m.id}.first`, `${plainWords(words, 'teams.results.top', { name: m.name })}${unit}`));
      items.push(
        number(`value.${m.id}.second`, `${plainWords(words, 'teams.results.bottom', { name: m.name })}${unit}`),
      );
    } else if (m.kind === 'coded') {
      items.push({
        type: 'Input.ChoiceSet',
        id: `value.${m.id}`,
        label: m.name,
        style: 'compact',
        value: prior(`value.${m.id}`),
        choices: (m.values ?? []).map((v) => ({ title: v.label, value: v.id })),
      });
    } else items.push(number(`value.${m.id}`, `${m.name}${unit}`));
    if (m.kind !== 'coded')
      items.push({
        type: 'Input.Text',
        id: `target.${m.id}`,
        label: words('teams.results.ownTarget'),
        placeholder: m.kind === 'pair' ? '150/90' : words('teams.results.targetExample'),
        value: prior(`target.${m.id}`),
        maxLength: 20,
      });
    items.push({
      type: 'Input.Toggle',
      id: `inPerson.${m.id}`,
      title: words('teams.results.inPerson'),
      value: prior(`inPerson.${m.id}`) ?? 'false',
    });
    body.push({ type: 'Container', separator: true, items });
  }
  return card(body, [
    {
      type: 'Action.Submit',
      title: words('teams.results.save'),
      style: 'positive',
      data: { careprep: resultsCardActions.save, invitationId: invitation.id },
    },
  ]);
}
