import type { DraftPlan } from '../plan/draftPlan';
import type { PlanView } from '../plan/planView';
import type { OutboundActivity } from './outbound';
import type { PlanChange } from './planChanges';

/** Everything the lead contact is shown about a shared plan besides the plan itself. */
export interface SharedPlanNotice {
  plan: DraftPlan;
  /** The plan's view (`PlanRenderer.view`): the lead contact reads the plan's own words. */
  view: PlanView;
  personName: string;
  /** Already in words. */
  appointment?: string;
  invitationId: string;
  /** Present for an update: only these are shown, with the parts they touch. */
  changes?: readonly PlanChange[];
}

/**
 * How a lead contact's channel words what it is told: a shared plan (whole, or what changed) and
 * a plan taken back. Delivery decides who is told and when; the channel decides how it looks.
 */
export interface LeadContactMessages {
  shared(notice: SharedPlanNotice): OutboundActivity;
  withdrawn(personName: string): OutboundActivity;
}
