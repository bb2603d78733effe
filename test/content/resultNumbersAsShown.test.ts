/**
 * Explorer 25b: a result with a decimal point (cholesterol 5.4, weight 86.1, ACR 5.1) reached the
 * lead contact's Teams card, the SMS copy of the plan and the printable page as "5\.4": the trend
 * was escaped for chat markdown, as if "5.4" could start a numbered list, and then shown where no
 * markdown is read. A number the service wrote is shown as it is, on every surface.
 */
import { expect } from 'chai';
import { planCard } from '../../channels/teams/planCard';
import { loadCatalogue } from '../../content/catalogue';
import { escapeMarkdown } from '../../content/escape';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { createRenderer } from '../../content/renderer';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { createResultPresenter } from '../../content/results/resultPresenter';
import { resultsPlanSection } from '../../content/results/resultsPlanSection';
import { compileDraftPlan, type DraftPlan } from '../../plan/draftPlan';
import { newRecord } from '../../plan/record';
import { numberResult } from '../support/storedResults';

const catalogue = loadCatalogue();
const renderer = createRenderer(catalogue);
const presenter = createResultPresenter(loadResultCatalogue(), renderer);
const plans = createPlanRenderer(catalogue, loadPackLibrary(), resultsPlanSection(presenter));

/** Sam's plan with a cholesterol of 5.4 then 4.6, and a first urine ACR of 5.1. */
function samsPlan(): DraftPlan {
  const record = newRecord('r1', new Date('2025-03-05T10:00:00Z'));
  record.results.items = [
    numberResult('totalCholesterol', '2024-09-02T09:10:00.000Z', 5.4),
    numberResult('totalCholesterol', '2025-03-03T09:10:00.000Z', 4.6),
    numberResult('urineAcr', '2025-03-03T09:10:00.000Z', 5.1),
  ];
  record.answers['subject.name'] = { value: 'Sam', status: 'answered', by: 'person', at: '2025-03-05T10:00:00.000Z' };
  return compileDraftPlan(record, plans.labels, 'shared');
}

describe('Explorer 25b: result numbers as they are, on every surface', () => {
  it('leaves a number with a decimal point as typed: "5.4" cannot start a list', () => {
    expect(escapeMarkdown('5.4 mmol/L')).to.equal('5.4 mmol/L');
    expect(escapeMarkdown('1.5 hours a day')).to.equal('1.5 hours a day');
    expect(escapeMarkdown('2)3')).to.equal('2)3');
  });

  it("shows 5.4 and 5.1 without a backslash on the lead contact's Teams card, its chart text and the SMS and printable copies", () => {
    const plan = samsPlan();
    const view = plans.view(plan);
    const card = JSON.stringify(
      planCard((key, data = {}) => renderer.text(key, data, 'teams'), {
        plan,
        view,
        personName: 'Sam',
        invitationId: 'i1',
      }),
    );
    const surfaces = { card, sms: plans.chat(plan, 'sms'), page: plans.html(plan, { title: 'Plan' }) };

    for (const [surface, shown] of Object.entries(surfaces)) {
      expect(shown, surface).to.not.match(/\d\\+\.\d/);
      expect(shown, surface).to.match(/5\.4 (→|-&gt;|->|&#8594;) ?4\.6 mmol\/L|5\.4 (→|->) 4\.6/);
      expect(shown, surface).to.include('5.1 mg/mmol');
    }
  });
});
