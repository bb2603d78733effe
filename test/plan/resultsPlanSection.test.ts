import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { createRenderer } from '../../content/renderer';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { createResultPresenter } from '../../content/results/resultPresenter';
import { resultsPlanSection } from '../../content/results/resultsPlanSection';
import { compileDraftPlan } from '../../plan/draftPlan';
import { newRecord, type PreparationRecord } from '../../plan/record';
import type { StoredResult } from '../../plan/results/resultSchema';

const catalogue = loadCatalogue();
const renderer = createRenderer(catalogue);
const presenter = createResultPresenter(loadResultCatalogue(), renderer);
const plans = createPlanRenderer(catalogue, loadPackLibrary(), resultsPlanSection(presenter));

const hba1c = (at: string, value: number): StoredResult => ({
  id: at,
  measure: 'hba1c',
  at,
  value: { kind: 'number', value },
  coding: { system: 'http://loinc.org', code: '59261-8' },
  status: 'final',
  from: 'clinicalSystem',
  receivedAt: at,
});

function record(): PreparationRecord {
  const r = newRecord('r1', new Date('2025-03-05T10:00:00Z'));
  r.results.items = [hba1c('2024-09-01T09:00:00.000Z', 58), hba1c('2025-03-01T09:00:00.000Z', 52)];
  r.answers['result.hba1c.thoughts'] = {
    value: 'Is 52 low *enough*?',
    status: 'answered',
    by: 'person',
    at: '2025-03-05T10:00:00.000Z',
  };
  return r;
}

describe('"My results and my questions" in the plan', () => {
  it('shows each result with its trend and the question beside it in chat, escaped', () => {
    const text = plans.chat(compileDraftPlan(record(), plans.labels), 'webchat');
    expect(text).to.include('**My results and my questions**');
    expect(text).to.include('- HbA1c: 58 → 52 mmol/mol, down, target 48 to 53');
    expect(text).to.include('My question: Is 52 low \\*enough\\*?');
  });

  it('shows the SMS trend in the SMS plan', () => {
    const text = plans.chat(compileDraftPlan(record(), plans.labels), 'sms');
    expect(text).to.include('My results and my questions:\n- HbA1c: 58 -> 52 mmol/mol, down, target 48 to 53');
    expect(text).to.include('My question: Is 52 low *enough*?');
  });

  it('leaves the question out of a shared copy when the person kept back the things to talk about', () => {
    const r = record();
    r.answers['share.send'] = {
      value: ['whatMatters', 'goals', 'mood'],
      status: 'answered',
      by: 'person',
      at: '2025-03-05T10:01:00.000Z',
    };
    const shared = plans.chat(compileDraftPlan(r, plans.labels, 'shared'), 'teams');
    expect(shared).to.include('HbA1c').and.not.include('low');
    expect(plans.chat(compileDraftPlan(r, plans.labels, 'own'), 'teams')).to.include('low');
  });

  it('names a result kept for the appointment and shows none of its values', () => {
    const r = record();
    r.results.inPerson = ['hba1c'];
    const html = plans.html(compileDraftPlan(r, plans.labels), { title: 'My plan' });
    expect(html).to.include('HbA1c: to talk about at the appointment.');
    expect(html).to.not.include('58').and.not.include('<svg');
  });

  it('says the person chose not to go through their results, and shows in their own copy only those they saw', () => {
    const r = record();
    r.results.items.push({
      ...hba1c('2025-03-01T09:00:00.000Z', 0),
      id: 'bp',
      measure: 'bloodPressure',
      value: { kind: 'pair', first: 150, second: 95 },
    });
    r.results.declinedAt = '2025-03-05T10:02:00.000Z';
    const own = plans.chat(compileDraftPlan(r, plans.labels, 'own'), 'webchat');
    const shared = plans.chat(compileDraftPlan(r, plans.labels, 'shared'), 'teams');

    expect(own).to.include('Chose not to go through the test results before the visit.');
    expect(own, 'seen before they chose').to.include('HbA1c: 58 → 52');
    expect(own, 'never seen').to.not.include('150/95');
    expect(shared).to.include('Chose not to go through the test results before the visit.');
    expect(shared, 'the care team sent it').to.include('150/95');
  });

  it('has no results section when there are no results', () => {
    expect(plans.chat(compileDraftPlan(newRecord('r2', new Date()), plans.labels), 'webchat')).to.not.include(
      'My results',
    );
  });
});
