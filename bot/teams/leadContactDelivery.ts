import type { PlanRenderer } from '../../content/planRenderer';
import type { Renderer } from '../../content/renderer';
import type { PlanEvents } from '../../dialogs/planEvents';
import { sharedRecord } from '../../plan/consentScope';
import { compileDraftPlan } from '../../plan/draftPlan';
import type { PreparationRecord } from '../../plan/record';
import type { CoordinatorStore, CoordinatorReference } from '../../storage/coordinatorStore';
import type { Invitation, InvitationStore } from '../../storage/invitationStore';
import type { Logger } from '../logger';
import { appointmentWords } from './appointment';
import { cardBytes, maxCardBytes, type CardWords } from './coordinatorCards';
import { planCard } from './planCard';
import { planChanges } from './planChanges';
import type { OutboundActivity } from './reliableSender';

/** Sends one activity to a coordinator's conversation. */
export interface ProactiveSender {
  send(reference: CoordinatorReference, activity: OutboundActivity): Promise<string>;
}

/**
 * Tells the lead contact in Teams when their invited person shares a plan: the whole plan the
 * first time, only what changed after that, and a note when it is taken back. Only the lead
 * contact named on the record and holding its invitation is ever sent anything, and only what
 * the person consented to share. It runs behind the plan delivery queue, never in the person's
 * turn: a failed send is logged and thrown, so the queue tries again later.
 */
export class LeadContactDelivery implements PlanEvents {
  constructor(
    private readonly deps: {
      invitations: InvitationStore;
      coordinators: CoordinatorStore;
      sender: ProactiveSender;
      renderer: Renderer;
      plans: PlanRenderer;
      logger: Logger;
    },
  ) {}

  async shared(record: PreparationRecord, previous: PreparationRecord | undefined): Promise<void> {
    const target = await this.target(record);
    const current = sharedRecord(record);
    if (!target || !current) return;
    const { invitation, reference } = target;
    const plan = compileDraftPlan(current, this.deps.plans.labels, 'shared');
    // An update only when the lead contact really holds an earlier version.
    const before =
      previous && invitation.deliveredVersion !== undefined
        ? compileDraftPlan(previous, this.deps.plans.labels, 'shared')
        : undefined;
    const words: CardWords = (key, data = {}) => this.deps.renderer.text(key, data, 'teams');
    const input = {
      plan,
      view: this.deps.plans.view(plan),
      personName: invitation.details.personName,
      appointment: appointmentWords(invitation.appointmentAt),
      invitationId: invitation.id,
      changes: before ? planChanges(before, plan) : undefined,
    };
    let attachment = planCard(words, input);
    if (cardBytes(attachment) > maxCardBytes) {
      // Should not happen (answers are cut on the card); if it does, send the changes-only form.
      attachment = planCard(words, { ...input, changes: input.changes ?? [] });
    }
    await this.deliver(reference, { type: 'message', attachments: [attachment] }, invitation, plan.planVersion);
  }

  async withdrawn(record: PreparationRecord): Promise<void> {
    const target = await this.target(record);
    if (!target || target.invitation.deliveredVersion === undefined) return;
    const text = this.deps.renderer.text('teams.withdrawn', { name: target.invitation.details.personName }, 'teams');
    await this.deliver(target.reference, { type: 'message', text, textFormat: 'markdown' }, target.invitation);
  }

  /** The invitation and coordinator for a record, only if the record really holds that invitation. */
  private async target(
    record: PreparationRecord,
  ): Promise<{ invitation: Invitation; reference: CoordinatorReference } | undefined> {
    const lead = record.leadContact;
    if (!lead) return undefined;
    const invitation = await this.deps.invitations.get(lead.invitationId);
    if (!invitation || invitation.recordId !== record.id || invitation.coordinatorId !== lead.coordinatorId) {
      this.deps.logger.warn('lead_contact_mismatch', { record: record.id });
      return undefined;
    }
    const reference = await this.deps.coordinators.get(invitation.coordinatorId);
    if (!reference) {
      this.deps.logger.warn('lead_contact_unreachable', { invitation: invitation.id });
      return undefined;
    }
    return { invitation, reference };
  }

  private async deliver(
    reference: CoordinatorReference,
    activity: OutboundActivity,
    invitation: Invitation,
    planVersion?: number,
  ): Promise<void> {
    try {
      await this.deps.sender.send(reference, activity);
      if (planVersion !== undefined) await this.deps.invitations.markDelivered(invitation.id, planVersion);
      this.deps.logger.info('lead_contact_told', { invitation: invitation.id, planVersion });
    } catch (error) {
      this.deps.logger.error('lead_contact_delivery_failed', {
        invitation: invitation.id,
        error: error instanceof Error ? error.name : 'unknown',
      });
      throw error;
    }
  }
}
