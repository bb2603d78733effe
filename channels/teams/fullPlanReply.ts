import type { Activity } from 'botbuilder';
import type { PlanRenderer } from '../../content/planRenderer';
import type { Renderer } from '../../content/renderer';
import type { Invitation } from '../../coordination/invitationStore';
import { sharedRecord, sharedVersionHeld } from '../../plan/consentScope';
import { sharedVersionNow, takenBackSince } from '../../plan/sharedNow';
import { compileDraftPlan } from '../../plan/draftPlan';
import { shortenedPlan } from '../../plan/readingLength';
import type { PreparationRecord } from '../../plan/record';

/** The longest answer shown in the full plan in Teams (answers are kept whole, up to 20,000 characters). */
const maxAnswerInFullPlan = 1000;

/**
 * What "Open full plan" shows the lead contact: only what the person consented to share, and only
 * a version that has reached them (H216). While a newer version waits to reach them, the version
 * they received, labelled as such (H261), without any part taken back since (H321); when none reached them, or it is no longer kept, that
 * the plan is on its way, showing nothing of it.
 */
export function fullPlanReply(
  deps: { renderer: Renderer; plans: PlanRenderer },
  invitation: Invitation,
  record: PreparationRecord | null,
): Partial<Activity> {
  const shared = record ? sharedRecord(record) : undefined;
  if (!record || !shared) return deps.renderer.message('teams.notShared', {}, 'msteams');
  const held = invitation.deliveredVersion;
  if (sharedVersionHeld(record, held)) return planMessage(deps, shared, []);
  const name = invitation.details.personName;
  const received = held === undefined ? undefined : sharedVersionNow(record, held);
  if (!received) {
    return deps.renderer.message('teams.fullPlanOnItsWay', { name, held: held !== undefined }, 'msteams');
  }
  const label = deps.renderer.text('teams.fullPlanReceived', { name, version: received.planVersion }, 'teams');
  // Parts of it taken back since are left out of it, and said to be (H321).
  const takenBack = takenBackSince(record, received.planVersion).map((section) =>
    deps.renderer.text(`teams.fullPlanTakenBack.${section}`, { name }, 'teams'),
  );
  return planMessage(deps, received, [label, ...takenBack]);
}

function planMessage(
  deps: { renderer: Renderer; plans: PlanRenderer },
  shared: PreparationRecord,
  before: readonly string[],
): Partial<Activity> {
  // Each answer cut to a readable length, which also keeps the message within what Teams takes.
  const plan = shortenedPlan(compileDraftPlan(shared, deps.plans.labels, 'shared'), maxAnswerInFullPlan);
  return deps.renderer.lines([...before, deps.plans.chat(plan, 'teams')], 'msteams');
}
