import type { AnsweredBy, Consent, PreparationRecord, SharedSnapshot } from './record';
import { answeredBy, choiceAnswer, yesNoAnswer } from './recordView';
import { noResults } from './results/resultSchema';
import { earlierKept } from './sharedKept';

/**
 * What a consent covers: plan sections (PRSB headings) and recipients. "About me" and safety
 * flags always travel with a shared plan, since a plan nobody can identify or a crisis nobody is
 * told of helps no one; the other sections the person may keep back.
 */
export const optionalSections = ['whatMatters', 'goals', 'topics', 'mood'] as const;
export type OptionalSection = (typeof optionalSections)[number];

/**
 * Every section a record's answers fall into. `carer` holds a carer's own needs; `consent` the
 * review and sharing answers.
 */
export type PlanSection = 'aboutMe' | OptionalSection | 'carer' | 'consent';

/**
 * Who can receive a shared plan. Only a recipient that something really delivers to is offered:
 * today that is the lead contact who invited the person (their Teams chat). Consents recorded
 * before this held other ids too (A&E, ambulance, social services), which nothing delivered to.
 */
export type RecipientId = 'leadContact';

/**
 * The record keys of the sharing questions: `send` holds the parts ticked to send. `sections`
 * (the parts to keep back, asked before `send`) and `recipients` are no longer asked; they are
 * kept so that an answer given before is cleared with the others when the plan changes.
 */
export const shareKeys = {
  send: 'share.send',
  sections: 'share.sections',
  recipients: 'share.recipients',
  consent: 'share.consent',
};

/** The plan section a record key (a linkId as asked) belongs to. */
export function sectionOfKey(key: string): PlanSection {
  // A carer's view of a section (`carer.view.goals`) belongs to that section.
  const section = key.replace(/^carer\.view\./, '');
  // Whether the person agrees with what a carer said for them goes with the plan, as who filled it in does.
  if (section.startsWith('carer.personAgrees')) return 'aboutMe';
  if (section === 'goals' || section.startsWith('goal.')) return 'goals';
  if (section.startsWith('mood.')) return 'mood';
  // Questions about results are things to ask at the appointment: they go, or stay, with the topics.
  if (section.startsWith('topics.') || section.startsWith('result.')) return 'topics';
  if (section === 'whatMatters' || section.startsWith('whatMatters.')) return 'whatMatters';
  if (section.startsWith('share.') || section.startsWith('review.')) return 'consent';
  if (section.startsWith('carer.')) return 'carer';
  return 'aboutMe';
}

/**
 * Sections kept back before the parts to send are asked, so never offered there: those the person
 * asked to keep from the lead contact while answering, and mood if they said no to sharing it.
 */
export function keptBackSections(record: PreparationRecord): OptionalSection[] {
  const moodWithheld = yesNoAnswer(record, 'mood.share') === false;
  return optionalSections.filter(
    (section) => (record.keptBack ?? []).includes(section) || (section === 'mood' && moodWithheld),
  );
}

/** The optional section a record key falls in, or undefined for one always sent (about me, a carer's own needs). */
export function optionalSectionOf(key: string): OptionalSection | undefined {
  const section = sectionOfKey(key);
  return optionalSections.find((optional) => optional === section);
}

/** What may be kept back: the optional sections, and a carer's own answers (explorer 23, H149). */
export type KeptBackSection = OptionalSection | 'carer';

/** The parts never offered at `share.send`: those kept back before, and a carer's own answers where no carer answered. */
export function partsNotOffered(record: PreparationRecord): KeptBackSection[] {
  return [...keptBackSections(record), ...(answeredBy(record) === 'carer' ? [] : (['carer'] as const))];
}

/**
 * Sections the person chose to keep back: those not ticked in `share.send` once it is answered,
 * and those kept back before it was asked; and a carer's own answers, not ticked by the carer.
 */
export function excludedSections(record: PreparationRecord): KeptBackSection[] {
  const ticked =
    record.answers[shareKeys.send]?.status === 'answered' ? choiceAnswer(record, shareKeys.send) : undefined;
  const before = keptBackSections(record);
  const carer = answeredBy(record) === 'carer' && ticked !== undefined && !ticked.includes('carer');
  return [
    ...optionalSections.filter(
      (section) => (ticked !== undefined && !ticked.includes(section)) || before.includes(section),
    ),
    ...(carer ? (['carer'] as const) : []),
  ];
}

/** Who a share would reach: the linked lead contact, or nobody when no care team is linked. */
export function planRecipients(record: PreparationRecord): RecipientId[] {
  return record.leadContact ? ['leadContact'] : [];
}

/** The sections a share covers: all but those kept back, and a carer's own needs when a carer answered. */
export function coveredSections(record: PreparationRecord): PlanSection[] {
  const excluded: readonly string[] = excludedSections(record);
  const carer = answeredBy(record) === 'carer' ? (['carer'] as const) : [];
  return (['aboutMe', ...optionalSections, ...carer, 'consent'] as const).filter(
    (section) => !excluded.includes(section),
  );
}

/** The consent to record for a yes or no to `share.consent`, with everything it covers. */
export function consentFor(record: PreparationRecord, share: boolean, by: AnsweredBy, at: string): Consent {
  return {
    at,
    planVersion: record.planVersion,
    decision: share ? 'share' : 'doNotShare',
    by,
    recipients: share ? planRecipients(record) : [],
    excludedSections: excludedSections(record),
    covers: share ? coveredSections(record) : [],
  };
}

/**
 * A copy of the record holding only what the person agreed to send: answers and carer views of
 * kept-back sections are removed, and with mood kept back the mood flag goes too, with the carer's
 * part kept back their strain flag (H346). Crisis flags stay.
 */
export function withoutExcluded(record: PreparationRecord, excluded: readonly string[]): PreparationRecord {
  const keep = (key: string): boolean => !excluded.includes(sectionOfKey(key));
  return {
    ...record,
    answers: Object.fromEntries(Object.entries(record.answers).filter(([key]) => keep(key))),
    // Carer views are keyed by the section they sit beside (`whatMatters`).
    carerViews: Object.fromEntries(
      Object.entries(record.carerViews).filter(([section]) => !excluded.includes(section)),
    ),
    flags: record.flags.filter(
      (flag) =>
        !(flag.kind === 'moodScreenPositive' && excluded.includes('mood')) &&
        !(flag.kind === 'carerStrain' && excluded.includes('carer')),
    ),
  };
}

/**
 * The plan as last shared, as a record with only what that consent covers; undefined when it was
 * never shared or has been withdrawn. This is what recipients and the export may see.
 */
export function sharedRecord(record: PreparationRecord): PreparationRecord | undefined {
  return record.shared && record.status !== 'withdrawn' ? asSharedRecord(record, record.shared) : undefined;
}

/**
 * The plan as shared at `planVersion`, as `sharedRecord` gives the latest, as it was sent: the copy
 * a lead contact holds while a newer version waits to reach them (shown without any part taken back
 * since: `sharedVersionNow`). Undefined when withdrawn, or not kept.
 */
export function sharedVersion(record: PreparationRecord, planVersion: number): PreparationRecord | undefined {
  if (!record.shared || record.status === 'withdrawn') return undefined;
  const snapshot = [record.shared, ...(record.sharedEarlier ?? [])].find((kept) => kept.planVersion === planVersion);
  return snapshot ? asSharedRecord(record, snapshot) : undefined;
}

/** A shared version a record keeps, as `sharedVersion` gives one, with the consent it was shared under. */
export interface EarlierShared {
  plan: PreparationRecord;
  consent: Consent;
}

/**
 * Every shared version the record keeps, the one last shared too (oldest first), whatever the
 * plan's state now: held, so shown to the person when they ask what is held about them (H261, H298).
 */
export function keptSharedVersions(record: PreparationRecord): EarlierShared[] {
  return [...(record.sharedEarlier ?? []), ...(record.shared ? [record.shared] : [])].map((snapshot) => ({
    plan: asSharedRecord(record, snapshot),
    consent: snapshot.consent,
  }));
}

/** Whether the person's plan has changed since it was last shared (false when it never was). */
export function changedSinceShared(record: PreparationRecord): boolean {
  return record.shared !== undefined && changedSince(record, record.shared);
}

function asSharedRecord(record: PreparationRecord, snapshot: SharedSnapshot): PreparationRecord {
  const asShared: PreparationRecord = {
    ...record,
    status: 'shared',
    updatedAt: snapshot.at,
    planVersion: snapshot.planVersion,
    answers: snapshot.answers,
    carerViews: snapshot.carerViews,
    flags: snapshot.flags,
    // Results as they were when shared; a snapshot from before results existed shared none.
    results: snapshot.results ?? noResults(),
    consents: record.consents.filter((consent) => consent.at <= snapshot.at),
    shared: undefined,
    sharedEarlier: undefined,
  };
  return withoutExcluded(asShared, snapshot.consent.excludedSections);
}

/**
 * Whether the lead contact holds the version last shared, given the version last delivered to them
 * (`LeadContactCopies.heldVersion`): false while it waits to be sent, so nobody is told they hold it.
 */
export function sharedVersionHeld(record: PreparationRecord, heldVersion: number | undefined): boolean {
  return record.shared !== undefined && (heldVersion ?? 0) >= record.shared.planVersion;
}

/**
 * True when the plan was shared and the answer to `key` is not as its recipients hold it (new
 * since, changed, or in a part kept back): it is in the person's own plan only.
 */
export function notAsShared(record: PreparationRecord, key: string): boolean {
  const shared = sharedRecord(record);
  if (!shared) return false;
  return JSON.stringify(shared.answers[key]?.value) !== JSON.stringify(record.answers[key]?.value);
}

/**
 * Records a consent on the record and, for a yes, keeps the plan as it is now as the shared
 * version (a later share of a changed plan, or of any plan taken back since, is a new plan
 * version). Returns the previously shared version, for telling recipients only what changed.
 * `heldVersion`, the version last delivered to the lead contact, is always kept (`earlierKept`).
 */
export function applyConsent(
  draft: PreparationRecord,
  consent: Consent,
  heldVersion?: number,
): PreparationRecord | undefined {
  const previous = sharedRecord(draft);
  // Shared again after it was taken back, even unchanged, it is a new version: the take-back ended
  // the lead contact's copy, so the version they were sent before is never taken to be this one (H284).
  const takenBack = draft.shared !== undefined && previous === undefined;
  if (consent.decision === 'share' && draft.shared && (takenBack || changedSince(draft, draft.shared))) {
    draft.planVersion = draft.shared.planVersion + 1;
    consent = { ...consent, planVersion: draft.planVersion };
  }
  draft.consents.push(consent);
  if (consent.decision === 'share') {
    // The version replaced may be the one the lead contact holds until this one reaches them; none
    // is kept from before a withdrawal, as they were told not to use it.
    const earlier = previous ? [...(draft.sharedEarlier ?? [])] : [];
    if (previous && draft.shared && draft.shared.planVersion < draft.planVersion) earlier.push(draft.shared);
    const kept = earlierKept(earlier, heldVersion);
    draft.sharedEarlier = kept.length > 0 ? kept : undefined;
    draft.shared = {
      at: consent.at,
      planVersion: draft.planVersion,
      answers: structuredClone(draft.answers),
      carerViews: structuredClone(draft.carerViews),
      flags: structuredClone(draft.flags),
      results: structuredClone(draft.results),
      consent,
    };
    draft.status = 'shared';
  } else if (draft.status !== 'shared') draft.status = 'complete';
  return previous;
}

function changedSince(record: PreparationRecord, snapshot: NonNullable<PreparationRecord['shared']>): boolean {
  const strip = (answers: PreparationRecord['answers']): string =>
    JSON.stringify(
      Object.entries(answers)
        .filter(([key]) => sectionOfKey(key) !== 'consent')
        .map(([key, answer]) => [key, answer.value, answer.status])
        .sort(),
    );
  return (
    strip(record.answers) !== strip(snapshot.answers) || JSON.stringify(record.flags) !== JSON.stringify(snapshot.flags)
  );
}
