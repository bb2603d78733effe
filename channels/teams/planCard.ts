import type { Attachment } from 'botbuilder';
import { chartPngDataUri } from '../../content/charts/chartPng';
import type { PlanLine, PlanView, PlanViewSection, PlanViewSectionId } from '../../plan/planView';
import { typed } from '../../plan/planViewModel';
import { cutAtWord } from '../../plan/readingLength';
import {
  card,
  cardActions,
  cardBytes,
  heading,
  maxCardBytes,
  runsBlock,
  text,
  wordRuns,
  type CardWords,
  type Element,
} from './coordinatorCards';
import { planSubject, type SharedPlanNotice } from '../../coordination/leadContactMessages';
import type { PlanChange } from '../../coordination/planChanges';

/**
 * Typed words on the card's summary are cut to this many characters, at a word, with an ellipsis:
 * a coordinator reads the card in half a minute. Flags are never cut, and the whole text is one
 * click away (Show the whole plan, or Open full plan).
 */
export const maxTypedInSummary = 200;
/** How long typed words may be in "Show the whole plan": the longest of these that fits the card. */
const wholePlanLimits = [20_000, 2_000, 1_000, 500, maxTypedInSummary];
/** The most topics the summary shows: the person's top three, and mood when it was put first. */
const maxTopics = 4;

/** Everything a plan card shows besides the plan. */
export type PlanCardInput = SharedPlanNotice;

/**
 * The lead contact's card, drawn from the plan's view: anything to read first (crisis, a positive
 * mood screen the person chose to share) never cut, then the top topics, goals with how much they
 * matter and how sure the person is, what matters most, the carer's own needs and who filled it in,
 * each typed answer cut to a readable length. "Show the whole plan" opens every section of the
 * view in the card, each result's chart as a PNG under its text trend while the card has room;
 * "open full plan" sends it as a message; "mark as reviewed". An update shows what changed and
 * only the parts that changed.
 */
export function planCard(words: CardWords, input: PlanCardInput): Attachment {
  const { plan, view, changes } = input;
  const { name, invitedAs } = planSubject(input);
  const section = (id: PlanViewSectionId): PlanViewSection | undefined => view.sections.find((s) => s.id === id);
  const lines = (id: PlanViewSectionId, keys?: readonly string[]): PlanLine[] =>
    (section(id)?.lines ?? []).filter((line) => !keys || keys.includes(line.key));
  const touched = (key: PlanChange['key'], number?: number): boolean =>
    !changes || changes.some((change) => change.key === key && (number === undefined || change.data.number === number));
  const summary = (line: PlanLine, extra: Element = {}): Element => richLine(line, maxTypedInSummary, extra);

  // The name as typed, in a run of its own: never read as markdown, never escaped.
  // An update a carer made is said to be theirs, never the person's own doing.
  const byCarer = plan.aboutMe.completedBy === 'carer';
  const title = wordRuns(words, changes ? 'teams.card.updatedTitle' : 'teams.card.title', {
    name: typed(name),
    byCarer,
    carer: typed(plan.aboutMe.carerName),
  });
  const body: Element[] = [runsBlock(title, { size: 'Large', weight: 'Bolder' })];
  // Straight under the name, before anything is read or filed: the plan is about someone else.
  if (invitedAs !== undefined) {
    const differs = wordRuns(words, 'teams.card.otherName', { name: typed(name), invited: typed(invitedAs) });
    body.push({ type: 'Container', style: 'attention', items: [runsBlock(differs, { weight: 'Bolder' })] });
  }
  if (input.appointment) body.push(text(words('teams.card.visit', { when: input.appointment }), { isSubtle: true }));
  if (changes) {
    const list = changes.map((change) => words(change.key, change.data)).join('; ') || words('teams.change.nothing');
    body.push(text(words('teams.card.changes', { changes: list })));
  }
  // Right under what changed: whether the cards above still show what is no longer shared (H321).
  if (input.earlierCards) {
    const { changed, many } = input.earlierCards;
    const earlier = wordRuns(words, changed ? 'teams.card.earlierChanged' : 'teams.card.earlierUnchanged', {
      name: typed(name),
      many,
    });
    body.push(runsBlock(earlier, changed ? {} : { weight: 'Bolder', color: 'Attention' }));
  }

  // Flags are never cut: whatever they say is read in full.
  const flags = touched('teams.change.flag') ? lines('flags') : [];
  if (flags.length > 0) {
    body.push({
      type: 'Container',
      style: 'attention',
      items: [
        text(words('teams.card.readFirst'), { weight: 'Bolder' }),
        ...flags.map((l) => richLine(l, undefined, {}, 'Attention')),
      ],
    });
  }
  // A positive or unsure mood screen, and whether they want help: said beside the flags.
  if (touched('teams.change.mood')) body.push(...lines('mood', moodSummaryKeys).map((l) => summary(l)));

  const topicsChanged = touched('teams.change.topicAdded') || touched('teams.change.topicRemoved');
  const topics = lines('topics', ['plan.line.topic']);
  const top = topics.filter((line) => line.strong);
  if (topicsChanged && topics.length > 0) {
    body.push(heading(words('teams.card.topics')));
    for (const line of (top.length > 0 ? top : topics).slice(0, maxTopics))
      body.push(summary(line, { spacing: 'None' }));
  }

  // A choice not to go through the results before the visit, said as the mood is.
  if (touched('teams.change.resultsChoice'))
    body.push(...lines('results', ['plan.line.resultsDeclined']).map((l) => summary(l)));

  // The view lists results in the plan's order; an update shows each changed question under its result.
  const askedNow = new Set(
    (changes ?? []).filter((c) => c.key === 'teams.change.resultQuestion').map((c) => c.data.measure),
  );
  const asked = lines('results', resultKeys)
    .map((line, i) => ({ line, measure: plan.results?.items[i]?.measure }))
    .filter(({ measure }) => changes && askedNow.has(measure));
  if (asked.length > 0) body.push(heading(words('teams.card.resultQuestions')));
  for (const { line } of asked) {
    body.push(summary(line, { spacing: 'Small' }));
    for (const item of line.items ?? [])
      if (item.key.startsWith('plan.line.resultQuestion')) body.push(summary(item, { spacing: 'None' }));
  }

  // The view lists goals in the plan's order, so the nth goal line is the nth goal.
  const goals = lines('goals', ['plan.line.goal'])
    .map((line, i) => ({ line, number: plan.goals[i]?.number }))
    .filter(({ number }) => touched('teams.change.goalChanged', number) || touched('teams.change.goalAdded', number));
  if (goals.length > 0) body.push(heading(words('teams.card.goals')));
  for (const { line } of goals) {
    body.push(summary(line, { spacing: 'Small' }));
    const scores = line.items?.find((item) => item.key === 'plan.line.scores');
    if (scores) body.push(summary(scores, { spacing: 'None', isSubtle: true }));
  }

  const most = lines('whatMatters', ['plan.line.most']);
  if (most.length > 0 && touched('teams.change.whatMatters')) {
    body.push(heading(words('teams.card.whatMatters')));
    body.push(...most.map((line) => summary(line)));
  }
  const carer = lines('carer');
  if (carer.length > 0 && touched('teams.change.carer')) {
    body.push(heading(words('teams.card.carer')));
    body.push(...carer.map((line) => summary(line, { spacing: 'None' })));
  }
  if (!changes) {
    for (const line of lines('aboutMe', whoKeys)) body.push(summary(line, { isSubtle: true, spacing: 'Small' }));
  }

  const actions: Element[] = [
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
  ];
  const summaryCard = card(body, actions);
  // An update tells only what changed; the whole plan stays one tap away through "open full plan".
  if (changes) return summaryCard;
  // A chart repeats the words beside it, so charts go before any of the person's words are cut.
  const charts = chartImages(view);
  for (const limit of wholePlanLimits)
    for (const images of charts.size > 0 ? [charts, undefined] : [undefined]) {
      const showAll = {
        type: 'Action.ShowCard',
        title: words('teams.card.showAll'),
        card: wholePlan(view, limit, images),
      };
      const withWhole = card(body, [showAll, ...actions]);
      if (cardBytes(withWhole) <= maxCardBytes) return withWhole;
    }
  return summaryCard;
}

/** The mood lines the summary repeats: a positive or unsure screen, and whether they want help. */
const moodSummaryKeys = [
  'plan.line.moodPositive',
  'plan.line.moodWantsHelp',
  'plan.line.moodNoHelpYet',
  'plan.line.moodHelpUnsure',
  'plan.line.moodDeclinedHelp',
  'plan.line.moodUnsure',
  'plan.line.moodWords.down',
  'plan.line.moodWords.interest',
  'plan.line.moodWords.wantsHelp',
] as const;
/** The lines of the results section that are each a result, in the order of the plan's results. */
const resultKeys = ['plan.line.result', 'plan.line.resultInPerson'] as const;
/** Who filled it in, and whether the person agreed to a carer doing so. */
const whoKeys = [
  'plan.line.filledInBySelf',
  'plan.line.filledInByCarer',
  'plan.line.personNotAgreed',
  'plan.line.personAgreesWords',
] as const;

/**
 * Every section of the view, typed words cut to `limit`, as the body of a card; each chart in
 * `images` under the line that says it in words.
 */
function wholePlan(view: PlanView, limit: number, images?: ReadonlyMap<PlanLine, Element>): Element {
  const body: Element[] = [];
  for (const section of view.sections) {
    body.push(heading(section.heading));
    for (const line of section.lines) {
      // Flags are never cut.
      const max = section.id === 'flags' ? undefined : limit;
      body.push(richLine(line, max, { spacing: 'Small' }));
      const image = images?.get(line);
      if (image) body.push(image);
      for (const item of line.items ?? []) body.push(richLine(item, max, { spacing: 'None', isSubtle: true }));
    }
  }
  return { type: 'AdaptiveCard', body };
}

/**
 * The view's charts as card images: a PNG inside the card (Teams shows no SVG), named by the
 * chart's text alternative for screen readers and for a client that does not show it.
 */
function chartImages(view: PlanView): Map<PlanLine, Element> {
  const images = new Map<PlanLine, Element>();
  for (const line of view.sections.flatMap((section) => section.lines))
    if (line.chart)
      images.set(line, {
        type: 'Image',
        url: chartPngDataUri(line.chart),
        altText: line.chart.description,
        size: 'Stretch',
        spacing: 'Small',
      });
  return images;
}

/**
 * A line as a RichTextBlock of TextRuns. A TextRun is never read as markdown (a TextBlock is), so
 * what a person typed shows exactly as typed and a link written in it stays text. Typed runs are
 * cut to `max` characters at a word, and lose any bidi controls.
 */
function richLine(line: PlanLine, max: number | undefined, extra: Element = {}, color?: string): Element {
  const { isSubtle, ...block } = extra;
  const runs = line.runs.map((run) =>
    run.own && max !== undefined ? { ...run, text: cutAtWord(run.text, max) } : run,
  );
  const style = {
    ...(line.strong ? { weight: 'Bolder' } : {}),
    ...(isSubtle ? { isSubtle: true } : {}),
    ...(color ? { color } : {}),
  };
  return runsBlock(runs, style, block);
}
