import type { PlanRenderer } from '../content/planRenderer';
import type { LeadContactCopies } from '../plan/planEvents';
import { sharedRecord, type OptionalSection } from '../plan/consentScope';
import { narrowedTo } from '../plan/sharedNow';
import { compileDraftPlan, type DraftPlan } from '../plan/draftPlan';
import type { PreparationRecord } from '../plan/record';
import { answeredBy, subjectName } from '../plan/recordView';
import type { CoordinatorStore, CoordinatorReference } from './coordinatorStore';
import type { Invitation, InvitationStore, SentCard } from './invitationStore';
import type { Logger } from '../plan/logger';
import { appointmentWords } from './appointment';
import { namedSubject, planSubject, type EarlierCardsTold, type LeadContactMessages } from './leadContactMessages';
import { noLongerShared, noLongerSharedChanges, planChanges, type PlanChange } from './planChanges';
import type { CoordinatorSender, OutboundActivity } from './outbound';
import { NotYetDeliverable } from './outboxWorker';
import type { PlanDeliverer } from './planDeliveryQueue';

/**
 * Tells the lead contact when their invited person shares a plan: the whole plan the
 * first time, only what changed after that, and a note when it is taken back. Only the lead
 * contact named on the record and holding its invitation is ever sent anything, and only what
 * the person consented to share. It runs behind the plan delivery queue, never in the person's
 * turn: a failed send is logged and thrown, so the queue tries again later; a lead contact with no
 * stored way to reach them (they have not talked to Careprep in Teams) is waited for, not dropped.
 */
export class LeadContactDelivery implements PlanDeliverer {
  constructor(
    private readonly deps: {
      invitations: InvitationStore;
      coordinators: CoordinatorStore;
      sender: CoordinatorSender;
      messages: LeadContactMessages;
      plans: PlanRenderer;
      logger: Logger;
    },
  ) {}

  async shared(record: PreparationRecord, previous: PreparationRecord | undefined): Promise<void> {
    const invitation = await this.invitation(record);
    const current = sharedRecord(record);
    if (!invitation || !current) return;
    const reference = await this.reference(invitation);
    const plan = compileDraftPlan(current, this.deps.plans.labels, 'shared');
    const personName = invitation.details.personName;
    // An update only when the lead contact really holds an earlier version.
    const told = previous && invitation.deliveredVersion !== undefined ? this.changes(previous, plan) : undefined;
    // Cards they were sent that show a part no longer shared are changed first, so the new card
    // says truly whether they were (H321).
    const gone = told?.gone ?? [];
    const replaced = () =>
      this.deps.messages.replaced({
        personName: planSubject({ plan, personName }).name,
        parts: gone,
        invitationId: invitation.id,
      });
    const earlierCards = gone.length > 0 ? await this.replaceEarlier(reference, invitation, replaced()) : undefined;
    const notice = {
      plan,
      view: this.deps.plans.view(plan),
      personName,
      appointment: appointmentWords(invitation.appointmentAt),
      invitationId: invitation.id,
      changes: told?.changes,
      earlierCards,
    };
    await this.deliver(reference, this.deps.messages.shared(notice), invitation, { planVersion: plan.planVersion });
  }

  /**
   * What changed since `previous`: first the parts no longer shared (taken back, H321), told once as
   * such rather than as every answer in them gone; then the rest, against the earlier plan without them.
   */
  private changes(previous: PreparationRecord, plan: DraftPlan): { changes: PlanChange[]; gone: OptionalSection[] } {
    const { labels } = this.deps.plans;
    const whole = compileDraftPlan(previous, labels, 'shared');
    const gone = noLongerShared(whole, plan);
    const before = gone.length > 0 ? compileDraftPlan(narrowedTo(previous, gone), labels, 'shared') : whole;
    return { changes: [...noLongerSharedChanges(gone), ...planChanges(before, plan)], gone };
  }

  /**
   * Changes every plan card sent for the invitation in place (Teams' `updateActivity`) to `activity`,
   * which shows nothing of the plan. `changed` only when every one of them was: a card never recorded
   * (sent before cards were kept), or a change Teams refused, still shows it, and the lead contact
   * (and the person) must be told so.
   */
  private async replaceEarlier(
    reference: CoordinatorReference,
    invitation: Invitation,
    activity: OutboundActivity,
  ): Promise<EarlierCardsTold> {
    const { sender, logger } = this.deps;
    const cards = await this.deps.invitations.cardsSent(invitation.id);
    // A delivery with no card kept (sent before ids were kept, or its id not recorded) still shows
    // what it carried, beside any that can be changed (H491): never said to be changed.
    let changed = allCardsKept(invitation, cards) && sender.update !== undefined;
    for (const card of cards) {
      try {
        if (!sender.update) break;
        await sender.update(reference, card.activityId, activity);
      } catch (error) {
        changed = false;
        logger.warn('lead_card_not_changed', {
          invitation: invitation.id,
          error: error instanceof Error ? error.name : 'unknown',
        });
      }
    }
    return { changed, many: cardsShown(invitation, cards) > 1 };
  }

  async withdrawn(record: PreparationRecord): Promise<void> {
    const invitation = await this.invitation(record);
    // Nothing reached them, so there is no copy of theirs to take back, and nobody to wait for.
    if (!invitation || invitation.deliveredVersion === undefined) return;
    const reference = await this.reference(invitation);
    const byCarer = answeredBy(record) === 'carer';
    // Named as the card named them: a carer who answered for Jean from an invitation to Sam is not "Sam's carer".
    const { name, invitedAs } = namedSubject(subjectName(record), invitation.details.personName);
    const notice = { personName: name, byCarer, invitedAs };
    // Every card that showed the plan is changed first, so the note says truly whether it was (H447).
    const earlierCards = await this.replaceEarlier(reference, invitation, this.deps.messages.takenBackCard(notice));
    await this.deliver(reference, this.deps.messages.withdrawn({ ...notice, earlierCards }), invitation, {
      earlierCards,
    });
  }

  /**
   * False only when sharing `record` would have to wait for its lead contact, who has no stored
   * way to reach them yet: until then the plan is not on its way (H85). Anything else (nothing to
   * send, or nobody it may go to) can start, and ends at once.
   */
  async ready(record: PreparationRecord): Promise<boolean> {
    const invitation = await this.held(record);
    if (!invitation || !sharedRecord(record)) return true;
    return (await this.deps.coordinators.get(invitation.coordinatorId)) !== null;
  }

  /** The invitation of a record's lead contact, only if the record really holds that invitation. */
  private async invitation(record: PreparationRecord): Promise<Invitation | undefined> {
    const invitation = await this.held(record);
    if (!invitation && record.leadContact) this.deps.logger.warn('lead_contact_mismatch', { record: record.id });
    return invitation;
  }

  private async held(record: PreparationRecord): Promise<Invitation | undefined> {
    if (!record.leadContact) return undefined;
    const invitation = await this.deps.invitations.get(record.leadContact.invitationId);
    return heldBy(invitation, record) ? invitation : undefined;
  }

  /**
   * Where to reach the invitation's coordinator. With none stored yet, the delivery waits in the
   * queue for them (`NotYetDeliverable`): the person was told it would be sent, so it is never dropped.
   */
  private async reference(invitation: Invitation): Promise<CoordinatorReference> {
    const reference = await this.deps.coordinators.get(invitation.coordinatorId);
    if (reference) return reference;
    this.deps.logger.warn('lead_contact_unreachable', { invitation: invitation.id });
    throw new NotYetDeliverable('lead contact not reachable yet');
  }

  /**
   * Keeps the id Teams gave a plan card, so it can be changed once a part on it is taken back. The
   * card has gone: a failure here is logged, never thrown, or the queue would send it twice.
   */
  private async cardSent(invitation: Invitation, planVersion: number, activityId: string): Promise<void> {
    if (!activityId) return;
    try {
      await this.deps.invitations.cardSent(invitation.id, planVersion, activityId);
    } catch (error) {
      this.deps.logger.error('lead_card_not_recorded', {
        invitation: invitation.id,
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  }

  private async deliver(
    reference: CoordinatorReference,
    activity: OutboundActivity,
    invitation: Invitation,
    what: { planVersion: number } | { earlierCards: EarlierCardsTold },
  ): Promise<void> {
    try {
      const activityId = await this.deps.sender.send(reference, activity);
      // Once told it is taken back they hold no version: one shared again is theirs only once sent
      // (H284). How they were told is kept, for the person to be told only what happened (H447).
      if ('earlierCards' in what)
        await this.deps.invitations.markTakenBack(invitation.id, what.earlierCards.changed ? 'changed' : 'unchanged');
      else {
        await this.deps.invitations.markDelivered(invitation.id, what.planVersion);
        await this.cardSent(invitation, what.planVersion, activityId);
      }
      this.deps.logger.info('lead_contact_told', {
        invitation: invitation.id,
        planVersion: 'planVersion' in what ? what.planVersion : undefined,
      });
    } catch (error) {
      this.deps.logger.error('lead_contact_delivery_failed', {
        invitation: invitation.id,
        error: error instanceof Error ? error.name : 'unknown',
      });
      throw error;
    }
  }
}

/**
 * Whether every plan delivered for `invitation` has a card kept by its id, so it can be reached:
 * as many versions carried by kept cards as deliveries. A version delivered twice reads as one
 * card missing, so the earlier cards are said to still show it: the safe way.
 */
function allCardsKept(invitation: Invitation, cards: readonly SentCard[]): boolean {
  return cards.length > 0 && new Set(cards.map((card) => card.planVersion)).size >= invitation.deliveries;
}

/** How many plan cards the lead contact was sent for `invitation`: each delivery, and each card kept. */
function cardsShown(invitation: Invitation, cards: readonly SentCard[]): number {
  return Math.max(invitation.deliveries, cards.length);
}

/** Whether `invitation` is the one the record's lead contact came with, and the record holds it. */
function heldBy(invitation: Invitation | null, record: PreparationRecord): invitation is Invitation {
  const lead = record.leadContact;
  return (
    invitation !== null &&
    lead !== undefined &&
    invitation.recordId === record.id &&
    invitation.coordinatorId === lead.coordinatorId
  );
}

/**
 * The lead contact's copy as the invitations record it: none until a version was delivered to them
 * (a plan still queued, or one with nobody to send it to, is not theirs). A record with no lead
 * contact is never said to be unsent: what reached a care system through the export is not known here.
 * A plan being sent (`sending`, from the delivery queue) is never said to be unsent either.
 */
export function leadContactCopies(
  invitations: InvitationStore,
  sending: (recordId: string) => Promise<boolean>,
  /** True while a note that the record's plan is taken back waits to go. */
  noteQueued: (recordId: string) => Promise<boolean>,
): LeadContactCopies {
  const held = async (record: PreparationRecord): Promise<Invitation | undefined> => {
    const lead = record.leadContact;
    if (!lead) return undefined;
    const invitation = await invitations.get(lead.invitationId);
    return heldBy(invitation, record) ? invitation : undefined;
  };
  const heldVersion = async (record: PreparationRecord): Promise<number | undefined> =>
    (await held(record))?.deliveredVersion;
  const neverSent = async (record: PreparationRecord): Promise<boolean> =>
    record.leadContact !== undefined && (await heldVersion(record)) === undefined && !(await sending(record.id));
  const beingSent = async (record: PreparationRecord): Promise<boolean> =>
    record.leadContact !== undefined && (await sending(record.id));
  return {
    heldVersion,
    async delivered(record) {
      const invitation = await held(record);
      const version = invitation?.deliveredVersion;
      const at = invitation?.deliveredAt;
      return version === undefined || at === undefined ? undefined : { version, at };
    },
    neverSent,
    beingSent,
    async takenBackTold(record) {
      if (record.status !== 'withdrawn' || !record.leadContact) return undefined;
      if (await noteQueued(record.id)) return { state: 'waiting', many: false };
      const invitation = await invitations.get(record.leadContact.invitationId);
      if (!heldBy(invitation, record) || !invitation.takenBackTold) return undefined;
      return {
        state: invitation.takenBackTold,
        many: cardsShown(invitation, await invitations.cardsSent(invitation.id)) > 1,
      };
    },
    async standing(record, shared) {
      const unsent = shared && (await neverSent(record));
      return { unsent, sending: shared && !unsent && (await beingSent(record)) };
    },
  };
}
