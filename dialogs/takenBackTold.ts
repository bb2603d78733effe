import type { LeadContactCopies } from '../plan/planEvents';
import type { PreparationRecord } from '../plan/record';

/**
 * What the person is told of their lead contact once their plan is taken back (`partial.takenBackTold`),
 * only as it happened (H447): told and every card changed, told with a card left showing it, or not
 * told yet. Nothing when there was nobody to tell.
 */
export async function takenBackToldData(
  leadCopies: LeadContactCopies,
  record: PreparationRecord,
): Promise<{ toldChanged: boolean; toldUnchanged: boolean; toldWaiting: boolean; toldMany: boolean }> {
  const told = await leadCopies.takenBackTold(record);
  return {
    toldChanged: told?.state === 'changed',
    toldUnchanged: told?.state === 'unchanged',
    toldWaiting: told?.state === 'waiting',
    toldMany: told?.many ?? false,
  };
}
