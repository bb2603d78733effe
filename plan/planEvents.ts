import type { PreparationRecord } from './record';

/**
 * What happens to a plan that others may need to hear about. The conversation raises these;
 * the delivery side (the lead contact's Teams card, the audit log) listens, so dialogs never
 * know how a plan reaches anyone.
 */
export interface PlanEvents {
  /**
   * The person consented to share this version; `previous` is the version shared before, if any.
   * `replacesQueued`: older versions still waiting to go are dropped, as they hold a part this one
   * keeps back (taken back, or unticked at a re-share: H321); `previous` is then the version the
   * lead contact holds.
   */
  shared(record: PreparationRecord, previous: PreparationRecord | undefined, options?: SharedOptions): Promise<void>;
  /** The person withdrew a shared plan (deleted their data, or took consent back). */
  withdrawn(record: PreparationRecord): Promise<void>;
}

/** How a share is to be sent (`PlanEvents.shared`). */
export interface SharedOptions {
  replacesQueued?: boolean;
}

/**
 * What the delivery side knows of the lead contact's copy. What a person is told on taking a plan
 * back rests on it: nobody is said to hold a copy that was never sent to them.
 */
export interface LeadContactCopies {
  /**
   * True when `record` names a lead contact who has never been sent any version of its plan, and
   * none is being sent to them now.
   */
  neverSent(record: PreparationRecord): Promise<boolean>;
  /** True while a version of `record`'s plan is being sent to its lead contact: it may reach them any moment. */
  beingSent(record: PreparationRecord): Promise<boolean>;
  /**
   * Where the lead contact's copy of a plan that was `shared` stands: never sent and not being sent
   * (`unsent`), or being sent now, so it may reach them any moment and is neither unsent nor theirs
   * yet (`sending`). Both false when it was not shared.
   */
  standing(record: PreparationRecord, shared: boolean): Promise<{ unsent: boolean; sending: boolean }>;
  /** The plan version last sent to `record`'s lead contact; undefined when none was (or none is linked). */
  heldVersion(record: PreparationRecord): Promise<number | undefined>;
  /**
   * The version `record`'s lead contact holds and when it reached them (H490); undefined when none
   * did, or it reached them before the time was kept.
   */
  delivered(record: PreparationRecord): Promise<{ version: number; at: string } | undefined>;
  /**
   * Once `record` is taken back, what its lead contact was told, only once they were (H447): see
   * `TakenBackTold`; undefined when there is nobody to tell (the plan never reached them) or it is not taken back.
   */
  takenBackTold(record: PreparationRecord): Promise<TakenBackTold | undefined>;
}

/**
 * The note that a plan is taken back, as it stands: sent, and every earlier card the lead contact
 * had changed so it no longer shows the plan (`changed`) or one left showing it (`unchanged`); or
 * still waiting to go (`waiting`).
 */
export interface TakenBackTold {
  state: 'changed' | 'unchanged' | 'waiting';
  /** More than one card was sent to them. */
  many: boolean;
}

/** Tells every listener, one after another, so a failure in one is seen and not lost. */
export function planEventsOf(listeners: readonly PlanEvents[]): PlanEvents {
  return {
    async shared(record, previous, options) {
      for (const listener of listeners) await listener.shared(record, previous, options);
    },
    async withdrawn(record) {
      for (const listener of listeners) await listener.withdrawn(record);
    },
  };
}
