import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { createRenderer } from '../../content/renderer';
import { cardBytes, maxCardBytes, type CardWords } from '../../bot/teams/coordinatorCards';
import { planCard, type PlanCardInput } from '../../bot/teams/planCard';
import { planChanges } from '../../bot/teams/planChanges';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { compileDraftPlan, type DraftPlan, type PlanLabels } from '../../plan/draftPlan';
import { newRecord, type PreparationRecord } from '../../plan/record';

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
});
