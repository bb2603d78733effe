import type { Flag } from './record';

/** Where each kind of flag stands for the lead contact: crisis, then a positive mood screen, then a carer's strain (H346). */
const rank: Record<Flag['kind'], number> = { crisis: 0, moodScreenPositive: 1, youngCarer: 2, carerStrain: 3 };

/** Flags in the order "Read this first" gives them: by kind, oldest first within each. */
export function byFlagOrder(a: Flag, b: Flag): number {
  return rank[a.kind] - rank[b.kind] || a.at.localeCompare(b.at);
}
