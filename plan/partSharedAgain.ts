import { optionalSectionOf, sharedRecord, sharedVersion, type OptionalSection } from './consentScope';
import { inPlanOrder } from './partTakenBack';
import type { AnsweredBy, PreparationRecord } from './record';
import { earlierKept } from './sharedKept';

/**
 * The parts of `sections` the person took back after sharing (H321) that the plan shared now still
 * keeps from its recipients, in the plan's order: those a share again would put back. Empty when
 * nothing is shared (or it was withdrawn), or none of them was taken back. A part left out when the
 * plan was shared, never taken back, is not among them: it goes by going over the plan and sharing.
 */
export function partsTakenBack(record: PreparationRecord, sections: readonly OptionalSection[]): OptionalSection[] {
  if (!record.shared || sharedRecord(record) === undefined) return [];
  const excluded: readonly string[] = record.shared.consent.excludedSections;
  const taken: readonly string[] = record.keptBack ?? [];
  return inPlanOrder(sections).filter((section) => excluded.includes(section) && taken.includes(section));
}

/**
 * Shares `sections`, taken back since the plan was shared, again (truth 29): a new consent covering
 * what the last did and those, and a new shared version: the one shared before, with those parts as
 * they are in the person's own plan now (what they read there is what goes), nothing else of theirs
 * unshared. The version replaced is kept as any re-share keeps it (`earlierKept`, given
 * `heldVersion`), and the parts are no longer kept back from later shares. Returns the version shared
 * before, as shared, to tell the lead contact what changed (the queue sends versions in turn);
 * undefined, changing nothing, when none of `sections` was taken back.
 */
export function sharePartAgain(
  draft: PreparationRecord,
  sections: readonly OptionalSection[],
  change: { by: AnsweredBy; at: string; heldVersion: number | undefined },
): { previous: PreparationRecord | undefined } | undefined {
  const parts = partsTakenBack(draft, sections);
  const current = draft.shared;
  if (parts.length === 0 || !current) return undefined;
  const previous = sharedVersion(draft, current.planVersion);
  const back: readonly string[] = parts;
  const inParts = (key: string): boolean => back.includes(optionalSectionOf(key) ?? '');
  const moodBack = back.includes('mood');
  const planVersion = Math.max(draft.planVersion, current.planVersion) + 1;
  const consent = {
    ...current.consent,
    at: change.at,
    by: change.by,
    planVersion,
    excludedSections: current.consent.excludedSections.filter((section) => !back.includes(section)),
    ...(current.consent.covers ? { covers: [...current.consent.covers, ...parts] } : {}),
  };
  const pick = <T>(from: Record<string, T>, keep: (key: string) => boolean): Record<string, T> =>
    Object.fromEntries(Object.entries(from).filter(([key]) => keep(key)));
  draft.consents.push(consent);
  draft.sharedEarlier = earlierKept([...(draft.sharedEarlier ?? []), current], change.heldVersion);
  draft.shared = {
    ...current,
    at: change.at,
    planVersion,
    answers: structuredClone({
      ...pick(current.answers, (key) => !inParts(key)),
      ...pick(draft.answers, inParts),
    }),
    // Carer views are keyed by the section they sit beside.
    carerViews: structuredClone({
      ...pick(current.carerViews, (section) => !back.includes(section)),
      ...pick(draft.carerViews, (section) => back.includes(section)),
    }),
    // A positive mood screen goes with the mood answers, as they stand now.
    flags: structuredClone([
      ...current.flags.filter((flag) => !(moodBack && flag.kind === 'moodScreenPositive')),
      ...draft.flags.filter((flag) => moodBack && flag.kind === 'moodScreenPositive'),
    ]),
    consent,
  };
  draft.planVersion = planVersion;
  const kept = (draft.keptBack ?? []).filter((section) => !back.includes(section));
  draft.keptBack = kept.length > 0 ? kept : undefined;
  return { previous };
}
