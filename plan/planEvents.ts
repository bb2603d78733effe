import type { PreparationRecord } from './record';

/**
 * What happens to a plan that others may need to hear about. The conversation raises these;
 * the delivery side (the lead contact's Teams card, the audit log) listens, so dialogs never
 * know how a plan reaches anyone.
 */
export interface PlanEvents {
  /** The person consented to share this version; `previous` is the version shared before, if any. */
  shared(record: PreparationRecord, previous: PreparationRecord | undefined): Promise<void>;
  /** The person withdrew a shared plan (deleted their data, or took consent back). */
  withdrawn(record: PreparationRecord): Promise<void>;
}

/** Tells every listener, one after another, so a failure in one is seen and not lost. */
export function planEventsOf(listeners: readonly PlanEvents[]): PlanEvents {
  return {
    async shared(record, previous) {
      for (const listener of listeners) await listener.shared(record, previous);
    },
    async withdrawn(record) {
      for (const listener of listeners) await listener.withdrawn(record);
    },
  };
}
