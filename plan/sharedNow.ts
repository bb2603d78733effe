import { optionalSections, sharedVersion, withoutExcluded, type OptionalSection } from './consentScope';
import type { PreparationRecord } from './record';

/**
 * The plan as shared at `planVersion` (`sharedVersion`), without any part the latest consent no
 * longer covers (taken back since, H321): what recipients see of a version they hold is only what
 * the person lets them see now. Undefined when withdrawn, or not kept.
 */
export function sharedVersionNow(record: PreparationRecord, planVersion: number): PreparationRecord | undefined {
  const version = sharedVersion(record, planVersion);
  return version ? narrowedTo(version, takenBackSince(record, planVersion)) : undefined;
}

/**
 * A shared copy (`sharedRecord`, `sharedVersion`) with `sections` left out as well, as if its
 * consent had kept them back: the shared copy's words read what was kept back from that consent
 * (`compileDraftPlan`), so they say the part is not shared rather than unanswered.
 */
export function narrowedTo(shared: PreparationRecord, sections: readonly string[]): PreparationRecord {
  if (sections.length === 0) return shared;
  const last = shared.consents.map((consent) => consent.decision).lastIndexOf('share');
  const consents = shared.consents.map((consent, at) =>
    at === last ? { ...consent, excludedSections: [...new Set([...consent.excludedSections, ...sections])] } : consent,
  );
  return withoutExcluded({ ...shared, consents }, sections);
}

/**
 * The sections the version shared at `planVersion` let its recipients see that the version shared
 * last does not (taken back since, or left out of a later share): none when it is the last.
 */
export function takenBackSince(record: PreparationRecord, planVersion: number): OptionalSection[] {
  const snapshot = [record.shared, ...(record.sharedEarlier ?? [])].find((kept) => kept?.planVersion === planVersion);
  if (!record.shared || !snapshot) return [];
  const now: readonly string[] = record.shared.consent.excludedSections;
  const then: readonly string[] = snapshot.consent.excludedSections;
  return optionalSections.filter((section) => now.includes(section) && !then.includes(section));
}
