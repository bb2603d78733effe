import type { OptionalSection } from '../plan/consentScope';
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
  /**
   * Present when a part is no longer shared (H321): whether the earlier cards in the chat, which
   * showed it, were changed in place so they no longer do (`changed`), and how many there are.
   */
  earlierCards?: EarlierCardsTold;
}

/** Whether the earlier plan cards in the chat were all changed in place (`changed`), and whether there are several. */
export interface EarlierCardsTold {
  changed: boolean;
  many: boolean;
}

/**
 * The whole plan taken back, as the lead contact is told it. `byCarer`: the carer who answered for
 * the person took it back. `invitedAs`: the invitation's name, when the plan (and `personName`)
 * named someone else (see `planSubject`). `earlierCards`, on the note only: whether the cards sent
 * before were changed so they show none of it (H447).
 */
export interface WithdrawnNotice {
  personName: string;
  byCarer: boolean;
  invitedAs?: string;
  earlierCards?: EarlierCardsTold;
}

/** An earlier plan card as it is changed once `parts` are taken back: it shows none of the plan. */
export interface ReplacedCardNotice {
  /** As the card it replaces named them. */
  personName: string;
  parts: readonly OptionalSection[];
  invitationId: string;
}

/**
 * Whom a shared plan is about, as the lead contact should file it: the name the plan gives (the
 * person's, or the one a carer gave for them), else the name on the invitation. `invitedAs` is the
 * invitation's name when the plan's is not it: the code may have reached someone else, or a carer
 * answered for another person, and the plan must not go on the invited person's record unchecked.
 */
export function planSubject(notice: Pick<SharedPlanNotice, 'plan' | 'personName'>): {
  name: string;
  invitedAs?: string;
} {
  return namedSubject(notice.plan.aboutMe.name, notice.personName);
}

/** As `planSubject`, from the name a plan gave (`given`, if any) and the invitation's (`invited`). */
export function namedSubject(given: string | undefined, invited: string): { name: string; invitedAs?: string } {
  const name = given?.trim();
  if (!name) return { name: invited };
  return sameName(name, invited) ? { name } : { name, invitedAs: invited };
}

/**
 * True when `given` (a first name is asked for) could be `invited`: its first word is a word of the
 * invited name, or one starts the other ("Sam" and "Samuel"), ignoring case and accents. A nickname
 * ("Bob" for "Robert") is not matched: said as differing, it costs the coordinator a look.
 */
function sameName(given: string, invited: string): boolean {
  const [first] = nameWords(given);
  if (first === undefined) return true;
  return nameWords(invited).some(
    (word) =>
      word === first ||
      (Math.min(word.length, first.length) >= 2 && (word.startsWith(first) || first.startsWith(word))),
  );
}

function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/**
 * How a lead contact's channel words what it is told: a shared plan (whole, or what changed) and
 * a plan taken back. Delivery decides who is told and when; the channel decides how it looks.
 */
export interface LeadContactMessages {
  shared(notice: SharedPlanNotice): OutboundActivity;
  /** An earlier plan card, to change in place once a part it showed is taken back. */
  replaced(notice: ReplacedCardNotice): OutboundActivity;
  /** An earlier plan card, to change in place once the whole plan is taken back: none of it stays. */
  takenBackCard(notice: WithdrawnNotice): OutboundActivity;
  /** The note that the whole plan is taken back, saying whether the earlier cards were changed. */
  withdrawn(notice: WithdrawnNotice): OutboundActivity;
}
