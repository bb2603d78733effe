import type { Attachment } from 'botbuilder';
import { expect } from 'chai';
import { loadCatalogue } from '../../../content/catalogue';
import { createRenderer } from '../../../content/renderer';
import { cardBytes, maxCardBytes, type CardWords } from '../../../channels/teams/coordinatorCards';
import { planCard, type PlanCardInput } from '../../../channels/teams/planCard';
import { planChanges } from '../../../coordination/planChanges';
import { loadPackLibrary } from '../../../content/packs/packLibrary';
import { createPlanRenderer } from '../../../content/planRenderer';
import { compileDraftPlan, type DraftPlan, type PlanLabels } from '../../../plan/draftPlan';
import { expectInOrder } from '../../support/inOrder';
import { newRecord, type PreparationRecord } from '../../../plan/record';
import { loadResultCatalogue } from '../../../content/results/resultCatalogue';
import { createResultPresenter } from '../../../content/results/resultPresenter';
import { resultsPlanSection } from '../../../content/results/resultsPlanSection';
import { adaptiveCardIssues } from '../../support/adaptiveCardSchema';
import { decodePng } from '../../support/pngDecode';
import { sixResults } from '../../support/storedResults';

const catalogue = loadCatalogue();
const renderer = createRenderer(catalogue);
const plans = createPlanRenderer(catalogue, loadPackLibrary());
const words: CardWords = (key, data = {}) => renderer.text(key, data, 'teams');
const labels: PlanLabels = { condition: (id) => id, topic: (id) => id, option: (_, id) => id };

/** The card input for a shared plan of `r`. */
function shared(r: PreparationRecord, extra: Partial<PlanCardInput> = {}): PlanCardInput {
  const plan: DraftPlan = compileDraftPlan(r, labels, 'shared');
  return { plan, view: plans.view(plan), personName: 'Sam', invitationId: 'i1', ...extra };
}
const at = '2025-03-03T10:00:00.000Z';

function record(answers: Record<string, string | number | boolean | string[]>): PreparationRecord {
  const r = newRecord('r1', new Date(at));
  for (const [key, value] of Object.entries(answers)) r.answers[key] = { value, status: 'answered', by: 'person', at };
  return r;
}

const base = {
  'subject.name': 'Sam',
  'whatMatters.most': 'My dog',
  'goal.1.text': 'Walk more',
  'goal.1.importance': 8,
  'goal.1.confidence': 6,
  'goal.2.text': 'Sleep better',
  'goal.2.importance': 9,
  'goal.2.confidence': 5,
  'topics.selected': ['pain'],
  'topics.top': ['pain'],
};

describe("Teams: the lead contact's card", () => {
  it('puts a crisis first, before anything else the person said', () => {
    const r = record(base);
    r.flags.push({ kind: 'crisis', detail: 'selfHarm', at, by: 'person' });
    const card = planCard(words, shared(r));
    const body = JSON.stringify(card.content);
    expect(body.indexOf('Mentioned self-harm')).to.be.within(0, body.indexOf('Top things to talk about'));
  });

  it('leaves a positive mood screen off when the person kept mood back', () => {
    const r = record({ ...base, 'mood.down': true, 'mood.share': false });
    r.flags.push({ kind: 'moodScreenPositive', detail: 'whooley', at, by: 'person' });
    const card = planCard(words, shared(r));
    expect(JSON.stringify(card.content)).to.not.include('mood');
  });

  // Explore 19b: crisis flags say the carer said it; the mood flag read as the person's own answer.
  it("says in the read-first flag that a carer gave the mood answer, and tells the carer's words as theirs", () => {
    const r = record({ ...base, 'respondent.type': 'carer', 'respondent.name': 'Ann', 'mood.interest': true });
    r.answers['mood.down'] = { value: 'he says no but I think yes', status: 'unknown', by: 'carer', at };
    r.flags.push({ kind: 'moodScreenPositive', detail: 'whooley', at, by: 'carer' });
    const content = planCard(words, shared(r)).content as { body: { style?: string }[] };
    const readFirst = content.body.filter((block) => block.style === 'attention').map((b) => JSON.stringify(b));
    expect(readFirst).to.have.length(1);
    expect(readFirst[0]).to.match(/mood/i).and.to.match(/carer/i);
    // The typed words are a run of their own, after the words saying whose they are.
    const runs = [...JSON.stringify(content).matchAll(/"text":"([^"]*)"/g)].map(([, text]) => text).join('');
    expect(runs).to.include('the carer said: he says no but I think yes');
  });

  it('says nothing of a carer in the mood flag of a person who answered for themselves', () => {
    const r = record({ ...base, 'mood.down': true });
    r.flags.push({ kind: 'moodScreenPositive', detail: 'whooley', at, by: 'person' });
    const body = JSON.stringify(planCard(words, shared(r)).content);
    expect(body).to.include('Answered yes to a mood question').and.not.match(/carer/i);
  });

  it("stays under Teams' 28 KB card limit even with the longest answers", () => {
    const long = 'x'.repeat(2000);
    const r = record({
      ...base,
      'whatMatters.most': long,
      'goal.1.text': long,
      'goal.2.text': long,
      'goal.3.text': long,
    });
    const card = planCard(words, shared(r, { personName: long.slice(0, 100) }));
    expect(cardBytes(card)).to.be.below(maxCardBytes);
  });

  it('says only what changed: "goal 2 changed; new topic: sleep"', () => {
    const before = compileDraftPlan(record(base), labels, 'shared');
    const after = compileDraftPlan(
      record({ ...base, 'goal.2.text': 'Sleep through the night', 'topics.selected': ['pain', 'sleep'] }),
      labels,
      'shared',
    );
    const changes = planChanges(before, after);
    expect(changes.map((c) => words(c.key, c.data)).join('; ')).to.equal('goal 2 changed; new topic: sleep');
    const card = JSON.stringify(
      planCard(words, { plan: after, view: plans.view(after), personName: 'Sam', invitationId: 'i1', changes }).content,
    );
    expect(card).to.include('Sleep through the night').and.not.include('Walk more');
  });

  it('tells of a goal taken out as that goal, not of the goals after it moving down: "goal 2 taken out"', () => {
    const three = { ...base, 'goal.3.text': 'Cook at home', 'goal.3.importance': 7, 'goal.3.confidence': 8 };
    const before = compileDraftPlan(record(three), labels, 'shared');
    // Goal 2 taken out: what was goal 3 is goal 2 now, unchanged in every word.
    const after = compileDraftPlan(
      record({
        ...base,
        'goal.2.text': 'Cook at home',
        'goal.2.importance': 7,
        'goal.2.confidence': 8,
      }),
      labels,
      'shared',
    );
    const changes = planChanges(before, after);
    expect(changes.map((c) => words(c.key, c.data)).join('; ')).to.equal('goal 2 taken out');
    const card = JSON.stringify(
      planCard(words, { plan: after, view: plans.view(after), personName: 'Sam', invitationId: 'i1', changes }).content,
    );
    // Proportionate: the goal that only moved down is not sent again, nor the one taken out.
    expect(card).to.include('goal 2 taken out').and.not.include('Cook at home').and.not.include('Sleep better');
  });

  it('tells of the last goal taken out, and of a goal changed beside one taken out', () => {
    const before = compileDraftPlan(record(base), labels, 'shared');
    const onlyFirst = record(base);
    for (const part of ['text', 'importance', 'confidence']) delete onlyFirst.answers[`goal.2.${part}`];
    const lastOut = planChanges(before, compileDraftPlan(onlyFirst, labels, 'shared'));
    expect(lastOut.map((c) => words(c.key, c.data)).join('; ')).to.equal('goal 2 taken out');

    // Goal 1 taken out and the goal after it (now goal 1) given new words: both told.
    const changed = record({ ...base, 'goal.1.text': 'Sleep well', 'goal.1.importance': 9, 'goal.1.confidence': 5 });
    for (const part of ['text', 'importance', 'confidence']) delete changed.answers[`goal.2.${part}`];
    const both = planChanges(before, compileDraftPlan(changed, labels, 'shared'));
    expect(both.map((c) => words(c.key, c.data)).join('; ')).to.equal('goal 1 changed; goal 2 taken out');
  });
});

/** The card's own lines (not its actions): each TextBlock, and each RichTextBlock's runs joined. */
function summaryLines(content: unknown): string[] {
  const body = (content as { body: Record<string, unknown>[] }).body;
  const lines = (element: Record<string, unknown>): string[] =>
    element.type === 'TextBlock'
      ? [String(element.text)]
      : element.type === 'RichTextBlock'
        ? [(element.inlines as { text: string }[]).map((run) => run.text).join('')]
        : ((element.items as Record<string, unknown>[] | undefined) ?? []).flatMap(lines);
  return body.flatMap(lines);
}

describe("Teams: the coordinator's summary", () => {
  const long = `${'I would like to walk to the shops on my own again, '.repeat(12)}and see my friends.`;

  it('tells of a flag that now says they were not safe right now, as a change to a flag', () => {
    const r = record(base);
    r.flags.push({ kind: 'crisis', detail: 'suicide', at, by: 'person' });
    const before = compileDraftPlan(r, labels, 'shared');
    r.flags[0] = { ...r.flags[0], safeNow: 'no' };
    const changes = planChanges(before, compileDraftPlan(r, labels, 'shared'));
    expect(changes.map((c) => c.key)).to.deep.equal(['teams.change.flag']);
  });

  it('cuts a long answer to 200 characters at the end of a word, with an ellipsis', () => {
    const card = planCard(words, shared(record({ ...base, 'whatMatters.most': long, 'goal.1.text': long })));
    const cut = summaryLines(card.content).filter((line) => line.includes('I would like to walk'));

    expect(cut).to.have.length(2);
    for (const line of cut) {
      const typed = line.replace(/^Most: |^Goal 1: /, '');
      expect(typed.length).to.be.at.most(201);
      expect(typed.endsWith('…')).to.equal(true);
      const kept = typed.slice(0, -1);
      expect(long.startsWith(kept)).to.equal(true);
      // Cut between words: what follows in the full text is a space or a stop, never more of a word.
      expect(long.charAt(kept.length)).to.match(/[\s,]/);
    }
  });

  it('keeps the whole text one click away, in "Show the whole plan"', () => {
    const card = planCard(words, shared(record({ ...base, 'whatMatters.most': long })));
    const actions = (card.content as { actions: { type: string; title: string; card?: unknown }[] }).actions;
    const showAll = actions.find((action) => action.type === 'Action.ShowCard');

    expect(showAll?.title).to.equal('Show the whole plan');
    expect(JSON.stringify(showAll?.card)).to.include(long);
  });

  it('never cuts a flag, however long the answers around it', () => {
    const r = record({ ...base, 'whatMatters.most': 'x'.repeat(20_000), 'goal.1.text': long });
    r.flags.push({ kind: 'crisis', detail: 'suicide', via: 'moodQuestion', at, by: 'person', message: long });
    const card = planCard(words, shared(r));
    const flag = renderer.text('plan.flag.crisis.suicide', {}, 'teams');
    const how = renderer.text('plan.flag.via.moodQuestion', {}, 'teams');

    expect(summaryLines(card.content)).to.include(`${flag} ${how}`);
    expect(cardBytes(card)).to.be.below(maxCardBytes);
  });

  it('reads flags first, then the top three topics, goals with importance and confidence, then what matters most', () => {
    const r = record({
      ...base,
      'topics.selected': ['pain', 'sleep', 'feet', 'money', 'meds'],
      'topics.top': ['sleep', 'feet', 'money'],
    });
    r.flags.push({ kind: 'crisis', detail: 'selfHarm', at, by: 'person' });
    const lines = summaryLines(planCard(words, shared(r)).content);
    const order = [
      'Read this first',
      'Mentioned self-harm. Please contact them today.',
      'Top things to talk about',
      'sleep',
      'feet',
      'money',
      'Goals',
      'Goal 1: Walk more',
      'Importance: 8 out of 10. Confidence: 6 out of 10 (may need a smaller step or more support)',
      'Goal 2: Sleep better',
      'What matters to them',
      'Most: My dog',
    ];
    expectInOrder(lines, order);
    expect(lines).to.not.include('pain');
  });
});

describe("Teams: the results on the lead contact's card", () => {
  const presenter = createResultPresenter(loadResultCatalogue(), renderer);
  const withResults = createPlanRenderer(catalogue, loadPackLibrary(), resultsPlanSection(presenter));
  /** The card for `r` holding six results, and the body of its "Show the whole plan". */
  function resultsCard(r: PreparationRecord): { card: Attachment; whole: Record<string, unknown>[] } {
    r.results.items = sixResults();
    const plan = compileDraftPlan(r, withResults.labels, 'shared');
    const card = planCard(words, { plan, view: withResults.view(plan), personName: 'Sam', invitationId: 'i1' });
    const actions = (card.content as { actions: { type: string; card?: { body: Record<string, unknown>[] } }[] })
      .actions;
    return { card, whole: actions.find((action) => action.type === 'Action.ShowCard')?.card?.body ?? [] };
  }
  const textOf = (element: Record<string, unknown>): string =>
    ((element.inlines as { text: string }[] | undefined) ?? []).map((run) => run.text).join('');

  it('shows each result as a PNG chart under its text trend, the trend as its alternative text', () => {
    const { card, whole } = resultsCard(record(base));
    const images = whole.filter((element) => element.type === 'Image');

    expect(images).to.have.length(6);
    for (const image of images) {
      const trend = textOf(whole[whole.indexOf(image) - 1]);
      expect(trend).to.match(/^.+: .+ → .+/);
      expect(image.altText).to.equal(`Chart of ${trend}.`);
      const png = Buffer.from(String(image.url).replace(/^data:image\/png;base64,/, ''), 'base64');
      expect(decodePng(png).width).to.equal(720);
    }
    expect(images[0].altText).to.equal('Chart of HbA1c: 55 → 52 mmol/mol, down, target 48 to 53.');
    expect(adaptiveCardIssues(card.content)).to.deep.equal([]);
    expect(cardBytes(card)).to.be.below(maxCardBytes);
  });

  it('leaves the charts out, and keeps the text trends, before it cuts a word the person typed', () => {
    const long = 'x'.repeat(2000);
    const { card, whole } = resultsCard(
      record({ ...base, 'whatMatters.most': long, 'goal.1.text': long, 'goal.2.text': long }),
    );
    const shown = JSON.stringify(whole);

    expect(whole.filter((element) => element.type === 'Image')).to.have.length(0);
    expect(shown).to.include(long);
    expect(shown).to.include('HbA1c: 55 → 52 mmol/mol, down, target 48 to 53');
    expect(cardBytes(card)).to.be.below(maxCardBytes);
  });

  it('tells of a question about a result asked since the plan was shared, and shows that question with its result', () => {
    const plan = (r: PreparationRecord): DraftPlan => {
      r.results.items = sixResults();
      return compileDraftPlan(r, withResults.labels, 'shared');
    };
    const before = plan(record(base));
    const after = plan(record({ ...base, 'result.hba1c.thoughts': 'Is 52 low enough?' }));

    const changes = planChanges(before, after);
    const card = planCard(words, {
      plan: after,
      view: withResults.view(after),
      personName: 'Sam',
      invitationId: 'i1',
      changes,
    });
    const lines = summaryLines(card.content);

    expect(changes.map((c) => words(c.key, c.data)).join('; ')).to.equal('new or changed question about HbA1c');
    expect(lines).to.include('My question: Is 52 low enough?');
    expect(lines.join('\n')).to.include('HbA1c').and.not.include('Walk more');
  });
});

describe("Teams: a person who chose not to go through their results, on the lead contact's card", () => {
  const presenter = createResultPresenter(loadResultCatalogue(), renderer);
  const withResults = createPlanRenderer(catalogue, loadPackLibrary(), resultsPlanSection(presenter));
  const plan = (declined: boolean, extra: Record<string, string> = {}): DraftPlan => {
    const r = record({ ...base, ...extra });
    r.results.items = sixResults();
    if (declined) r.results.declinedAt = at;
    return compileDraftPlan(r, withResults.labels, 'shared');
  };
  const card = (after: DraftPlan, before?: DraftPlan): string[] =>
    summaryLines(
      planCard(words, {
        plan: after,
        view: withResults.view(after),
        personName: 'Sam',
        invitationId: 'i1',
        changes: before ? planChanges(before, after) : undefined,
      }).content,
    );
  const said = 'Chose not to go through the test results before the visit.';

  it('says so on the summary, not that each result was skipped', () => {
    expect(card(plan(true))).to.include(said);
    expect(card(plan(false))).to.not.include(said);
  });

  it('tells of the choice in an update, and of a change of mind', () => {
    const declined = card(plan(true), plan(false));
    expect(declined.join('\n')).to.match(/What changed: .*results before the visit/);
    expect(declined).to.include(said);
    const changed = card(plan(false, { 'result.hba1c.thoughts': 'Is 52 low enough?' }), plan(true));
    expect(changed.join('\n')).to.match(/What changed: .*results before the visit/);
    expect(changed).to.include('My question: Is 52 low enough?');
    expect(changed).to.not.include(said);
  });

  it('keeps each question shown under its own result when the choice is said first', () => {
    const lines = card(plan(true, { 'result.hba1c.thoughts': 'Is 52 low enough?' }), plan(false));
    const question = lines.indexOf('My question: Is 52 low enough?');
    expect(question).to.be.greaterThan(0);
    expect(lines[question - 1]).to.match(/^HbA1c: /);
  });
});

describe("Teams: a person's name on the lead contact's cards", () => {
  /** Every object of a card whose `type` is `type`. */
  const elements = (node: unknown, type: string): Record<string, unknown>[] => {
    if (Array.isArray(node)) return node.flatMap((item) => elements(item, type));
    if (!node || typeof node !== 'object') return [];
    const found = (node as Record<string, unknown>).type === type ? [node as Record<string, unknown>] : [];
    return [...found, ...Object.values(node).flatMap((value) => elements(value, type))];
  };
  /** A card's title: the words of its first element's runs, and the run that is the name. */
  const title = (attachment: Attachment): { text: string; runs: string[] } => {
    const [first] = (attachment.content as { body: Record<string, unknown>[] }).body;
    const runs = elements(first, 'TextRun').map((run) => String(run.text));
    return { text: runs.join(''), runs };
  };

  // Explore 20b: the name the plan gives is on the card first, and a name that is not the one
  // invited is said at once, so a plan about someone else is not filed under the invited person.
  describe('whom the plan is about', () => {
    const nameWarning = (card: Attachment): string | undefined => {
      const second = (card.content as { body: Record<string, unknown>[] }).body[1];
      const text = elements(second, 'TextRun')
        .map((run) => String(run.text))
        .join('');
      return text.includes('right person') ? text : undefined;
    };
    const cases: [invited: string, given: string, differs: boolean][] = [
      ['Sam', 'Jean', true],
      ['Sam Patel', 'Jean Patel', true],
      ['Sam', 'Sam', false],
      ['Sam Smith', 'sam', false],
      ['Mrs Jean Smith', 'Jean', false],
      ['Samuel', 'Sam', false],
      ['Zoë', 'Zoe', false],
    ];
    for (const [invited, given, differs] of cases) {
      it(`${differs ? 'says' : 'does not say'} that "${given}" is not "${invited}", and heads the card with "${given}"`, () => {
        const card = planCard(words, shared(record({ ...base, 'subject.name': given }), { personName: invited }));
        expect(title(card).text).to.equal(`Plan from ${given}`);
        if (differs) expect(nameWarning(card)).to.include(invited).and.include(given);
        else expect(nameWarning(card)).to.equal(undefined);
      });
    }

    it('says so on an update too', () => {
      const before = compileDraftPlan(record({ ...base, 'subject.name': 'Jean' }), labels, 'shared');
      const r = record({ ...base, 'subject.name': 'Jean', 'goal.2.text': 'Sleep through' });
      const card = planCard(words, shared(r, { personName: 'Sam', changes: planChanges(before, shared(r).plan) }));
      expect(title(card).text).to.equal('Jean changed their plan');
      expect(nameWarning(card)).to.include('Sam');
    });

    it('heads the card with the invited name when the plan gives none (a carer\'s "my mum")', () => {
      const r = record({ ...base, 'respondent.type': 'carer', 'subject.name': 'my mum' });
      for (const answer of Object.values(r.answers)) answer.by = 'carer';
      const card = planCard(words, shared(r, { personName: 'Jean' }));
      expect(title(card).text).to.equal('Plan from Jean');
      expect(nameWarning(card)).to.equal(undefined);
    });
  });

  for (const name of ["O'Brien_Smith", 'Ann *Lee*', 'J. [Doe]']) {
    it(`shows "${name}" in the title exactly as typed, in a run Teams never reads as markdown`, () => {
      const card = planCard(words, shared(record({ ...base, 'subject.name': name }), { personName: name }));
      expect(title(card)).to.deep.equal({ text: `Plan from ${name}`, runs: ['Plan from ', name] });
      // A TextBlock is read as markdown, and an escape in one shows as a backslash on Teams mobile.
      for (const block of elements(card.content, 'TextBlock')) expect(String(block.text)).to.not.include(name);
      expect(JSON.stringify(card.content)).to.not.include('\\\\');
    });

    it(`shows "${name}" exactly as typed in the title of an update`, () => {
      const before = compileDraftPlan(record({ ...base, 'subject.name': name }), labels, 'shared');
      const r = record({ ...base, 'subject.name': name, 'goal.2.text': 'Sleep through' });
      const card = planCard(words, shared(r, { personName: name, changes: planChanges(before, shared(r).plan) }));
      expect(title(card)).to.deep.equal({ text: `${name} changed their plan`, runs: [name, ' changed their plan'] });
      expect(JSON.stringify(card.content)).to.not.include('\\\\');
    });
  }
});
