import type { UnitStep } from './unitOfWork';

/**
 * What ties a conversation never answered to its record: its state document and its delivery
 * keys carry the id of the record they were written for while it was empty (`empty_record`), so
 * the sweep that purges the record as empty purges them with it (H224) instead of keeping them
 * 30 and 7 days. Any later write of the state by a turn whose record holds something clears the
 * tie (`SqlStorage`'s upsert), and a record with anything in it is never purged as empty, so a
 * person who answered loses none of it.
 */
export const emptyTraceQueries = {
  tagState: 'UPDATE documents SET empty_record = ? WHERE key = ?',
  tagDeliveries: 'UPDATE processed_activities SET empty_record = ? WHERE key IN (SELECT value FROM json_each(?))',
  eraseStates: 'DELETE FROM documents WHERE empty_record IN (SELECT value FROM json_each(?))',
  eraseDeliveries: 'DELETE FROM processed_activities WHERE empty_record IN (SELECT value FROM json_each(?))',
} as const;

/**
 * The last step of a turn whose record is empty once it is done: ties the conversation state
 * and the delivery keys the turn wrote (steps before it in the same unit) to that record.
 */
export function emptyTraceStep(
  recordId: string,
  stateKey: string | undefined,
  deliveryKeys: readonly string[],
): UnitStep {
  return async (tx) => {
    if (stateKey !== undefined) await tx.run(emptyTraceQueries.tagState, [recordId, stateKey]);
    if (deliveryKeys.length > 0)
      await tx.run(emptyTraceQueries.tagDeliveries, [recordId, JSON.stringify(deliveryKeys)]);
  };
}
