import { optionalSections, sharedRecord, sharedVersion, type OptionalSection } from './consentScope';
import type { AnsweredBy, PreparationRecord } from './record';
import { earlierKept } from './sharedKept';

/**
 * The parts of `sections` that the plan as shared now still lets its recipients see, in the plan's
 * order: those a take-back would take out. Empty when nothing is shared, or none of them was.
 */
export function partsStillShared(record: PreparationRecord, sections: readonly OptionalSection[]): OptionalSection[] {
  if (!record.shared || sharedRecord(record) === undefined) return [];
  const excluded: readonly string[] = record.shared.consent.excludedSections;
  return inPlanOrder(sections).filter((section) => !excluded.includes(section));
}

/** `sections` in the order the plan has them. */
export function inPlanOrder(sections: readonly string[]): OptionalSection[] {
  return optionalSections.filter((section) => sections.includes(section));
}

/**
 * Takes `sections` out of the shared plan (H321): a new consent, covering what the last did but
 * those, and a new shared version, the one shared before with nothing else changed (the person's
 * own changes since are not sent by it), so the lead contact is sent it as any re-share. The version
 * replaced is kept as a re-share keeps it (`earlierKept`, given `heldVersion`). The parts are kept
 * back from later shares too, as parts kept back before sharing are. Returns the plan the lead
 * contact holds (or, with none delivered, the one last shared: it may be reaching them), as it was
 * sent, for telling them what changed; undefined, changing nothing, when none of `sections` is shared now.
 * (A held version no longer kept, from before H296, gives way to the one last shared.)
 */
export function takePartBack(
  draft: PreparationRecord,
  sections: readonly OptionalSection[],
  change: { by: AnsweredBy; at: string; heldVersion: number | undefined },
): { previous: PreparationRecord | undefined } | undefined {
  const parts = partsStillShared(draft, sections);
  const current = draft.shared;
  if (parts.length === 0 || !current) return undefined;
  const held = change.heldVersion === undefined ? undefined : sharedVersion(draft, change.heldVersion);
  const previous = held ?? sharedVersion(draft, current.planVersion);
  const planVersion = Math.max(draft.planVersion, current.planVersion) + 1;
  const consent = {
    ...current.consent,
    at: change.at,
    by: change.by,
    planVersion,
    excludedSections: [...current.consent.excludedSections, ...parts],
    ...(current.consent.covers
      ? { covers: current.consent.covers.filter((s) => !(parts as string[]).includes(s)) }
      : {}),
  };
  draft.consents.push(consent);
  draft.sharedEarlier = earlierKept([...(draft.sharedEarlier ?? []), current], change.heldVersion);
  draft.shared = { ...current, at: change.at, planVersion, consent };
  draft.planVersion = planVersion;
  draft.keptBack = [...new Set([...(draft.keptBack ?? []), ...parts])];
  return { previous };
}
