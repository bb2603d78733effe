import { sharedRecord, sharedVersion } from './consentScope';
import type { SharedOptions } from './planEvents';
import type { Consent, PreparationRecord } from './record';

/** The plan as shared before a consent is answered, and the consent it was shared under. */
export interface SharedBefore {
  plan: PreparationRecord | undefined;
  consent: Consent | undefined;
}

/** What `record` shares now (read before its consent is answered). */
export function sharedUntilNow(record: PreparationRecord): SharedBefore {
  const plan = sharedRecord(record);
  return { plan, consent: plan ? record.shared?.consent : undefined };
}

/**
 * Whether the consent `now` keeps back a part that `before` let its recipients see: unticked at the
 * parts step, or taken back (H321). Every older version still queued holds it, so none may go.
 */
export function keepsBackMore(before: Consent | undefined, now: Consent): boolean {
  if (before?.decision !== 'share') return false;
  const excluded: readonly string[] = before.excludedSections;
  return now.excludedSections.some((section) => !excluded.includes(section));
}

/**
 * How the share just recorded on `record` is queued for the lead contact: a version keeping back a
 * part the one before showed replaces every older version still waiting (they hold it), so its
 * changes are told against the version the lead contact holds (`heldVersion`), as sent, when that
 * is an older one still kept; otherwise, and as any share, against the one shared before.
 */
export function shareToQueue(
  record: PreparationRecord,
  before: SharedBefore | undefined,
  heldVersion: number | undefined,
): { previous: PreparationRecord | undefined; options?: SharedOptions } {
  const now = record.shared?.consent;
  if (!now || !keepsBackMore(before?.consent, now)) return { previous: before?.plan };
  const older = heldVersion !== undefined && heldVersion < (record.shared?.planVersion ?? 0);
  const held = older ? sharedVersion(record, heldVersion) : undefined;
  return { previous: held ?? before?.plan, options: { replacesQueued: true } };
}
