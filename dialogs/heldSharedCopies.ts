import { changedSinceShared, keptSharedVersions } from '../plan/consentScope';
import type { PreparationRecord } from '../plan/record';

/** How a kept shared version stands with the lead contact, as "show my data" labels it. */
export interface SharedCopyStanding {
  version: number;
  at: string;
  /** The version last delivered to the lead contact: what they actually received. */
  received: boolean;
  /** Shared, and not yet delivered to them. */
  onItsWay: boolean;
  /** Shared before the plan was taken back. */
  takenBack: boolean;
}

/**
 * The shared versions "show my data" shows beside the person's own plan, oldest first (H298):
 * every one the record keeps, with what the lead contact holds (`heldVersion`, the version last
 * delivered to them) said to be what they received, and one not yet delivered said to be on its
 * way. The one last shared is left out while the person's plan is as it was shared (the plan
 * shown holds its words), and shown once the plan has changed since.
 */
export function sharedCopiesToShow(
  record: PreparationRecord,
  heldVersion: number | undefined,
): Array<{ plan: PreparationRecord; standing: SharedCopyStanding }> {
  const takenBack = record.status === 'withdrawn';
  const latest = record.shared?.planVersion;
  const sameAsPlan = !changedSinceShared(record);
  return keptSharedVersions(record)
    .filter(({ plan }) => !(plan.planVersion === latest && sameAsPlan))
    .map(({ plan, consent }) => ({
      plan,
      standing: {
        version: plan.planVersion,
        at: consent.at,
        received: !takenBack && plan.planVersion === heldVersion,
        onItsWay:
          !takenBack &&
          record.leadContact !== undefined &&
          (heldVersion === undefined || plan.planVersion > heldVersion),
        takenBack,
      },
    }));
}
