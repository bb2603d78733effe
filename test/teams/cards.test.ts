import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { createRenderer } from '../../content/renderer';
import { cardBytes, maxCardBytes, planCard, type CardWords } from '../../bot/teams/coordinatorCards';
import { planChanges } from '../../bot/teams/planChanges';
import { compileDraftPlan, type PlanLabels } from '../../plan/draftPlan';
import { newRecord, type PreparationRecord } from '../../plan/record';

const renderer = createRenderer(loadCatalogue());
const words: CardWords = (key, data = {}) => renderer.text(key, data, 'teams');
const labels: PlanLabels = { condition: (id) => id, topic: (id) => id };
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
    const card = planCard(words, {
      plan: compileDraftPlan(r, labels, 'shared'),
      personName: 'Sam',
      invitationId: 'i1',
    });
    const body = JSON.stringify(card.content);
    expect(body.indexOf('they may hurt themselves')).to.be.within(0, body.indexOf('Top things to talk about'));
  });

  it('leaves a positive mood screen off when the person kept mood back', () => {
    const r = record({ ...base, 'mood.down': true, 'mood.share': false });
    r.flags.push({ kind: 'moodScreenPositive', detail: 'whooley', at, by: 'person' });
    const card = planCard(words, {
      plan: compileDraftPlan(r, labels, 'shared'),
      personName: 'Sam',
      invitationId: 'i1',
    });
    expect(JSON.stringify(card.content)).to.not.include('mood check');
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
    const card = planCard(words, {
      plan: compileDraftPlan(r, labels, 'shared'),
      personName: long.slice(0, 100),
      invitationId: 'i1',
    });
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
      planCard(words, { plan: after, personName: 'Sam', invitationId: 'i1', changes }).content,
    );
    expect(card).to.include('Sleep through the night').and.not.include('Walk more');
  });
});
