import type { SharedSnapshot } from './record';

/** How many versions shared after the one the lead contact holds (on their way to them) a record keeps. */
const onTheirWayKept = 5;

/**
 * The earlier shared versions a record keeps (`sharedEarlier`, oldest first), given the version
 * last delivered to its lead contact (`heldVersion`): that one, however far behind, so "Open full
 * plan" can always show what they hold (H261), and the last few shared after it, one of which may
 * reach them next; none older than theirs, as nobody holds those any more. With none delivered
 * (or no lead contact), the last few. So a record holds at most seven versions of its plan: these,
 * the newest (`shared`) and the person's own.
 */
export function earlierKept(earlier: readonly SharedSnapshot[], heldVersion: number | undefined): SharedSnapshot[] {
  const held = heldVersion === undefined ? undefined : earlier.find((kept) => kept.planVersion === heldVersion);
  const after = earlier.filter((kept) => heldVersion === undefined || kept.planVersion > heldVersion);
  return [...(held ? [held] : []), ...after.slice(-onTheirWayKept)];
}
