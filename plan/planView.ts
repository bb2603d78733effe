import type { DraftPlan } from './draftPlan';
import type { PlanView, PlanWords } from './planViewModel';
import { planSections } from './planViewSections';

export * from './planViewModel';

/**
 * Builds the view of a compiled plan: every section it holds, headed and worded. The printable
 * page, the chat and SMS copies, the coordinator's Teams card and the FHIR document are all drawn
 * from it, so what one shows the others show too.
 */
export function planView(plan: DraftPlan, words: PlanWords): PlanView {
  // A shared copy leaves out what the person kept back; their own copy shows everything.
  const sections = planSections(plan, words).filter(
    (section) => !(plan.audience === 'shared' && plan.withheld.includes(section.id)),
  );
  return { audience: plan.audience, planVersion: plan.planVersion, sections };
}
