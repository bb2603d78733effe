import { z } from 'zod';
import type { PlanEvents, SharedOptions } from '../plan/planEvents';
import type { PreparationRecord } from '../plan/record';
import { sharedRecord } from '../plan/consentScope';
import { answeredBy } from '../plan/recordView';
import { storedRecordSchema } from '../plan/recordMigration';
import type { Outbox } from './outbox';
import { OutboxWorker } from './outboxWorker';
import type { Logger } from '../plan/logger';

const payloadSchema = z.discriminatedUnion('event', [
  z.object({
    event: z.literal('shared'),
    record: storedRecordSchema,
    previous: storedRecordSchema.optional(),
  }),
  // Deliveries queued before an upgrade hold older record versions: read them as the current one.
  z.object({ event: z.literal('withdrawn'), record: storedRecordSchema }),
]);
type Payload = z.infer<typeof payloadSchema>;

/** One outbox entry, as `Outbox.enqueue` takes it. */
export interface QueuedEntry {
  recordId: string;
  payload: string;
  dueAt: Date;
  kind: string;
}

/** Who delivers plan events, and may say that a plan cannot be sent yet. */
export interface PlanDeliverer extends PlanEvents {
  /**
   * Whether a send of the shared `record` can start now (its recipient can be reached); absent
   * means always. Until it can, the plan waits in the queue and is never counted as being sent.
   */
  ready?(record: PreparationRecord): Promise<boolean>;
}

/**
 * Plan events for the lead contact go through a durable outbox: the person's turn only records
 * that a delivery is owed (one small write) and carries on, and this worker delivers it, retrying
 * with backoff through outages and restarts, however long they last (never given up). Never
 * fire-and-forget: every delivery is in the database until it has gone, and `idle()` lets a
 * graceful stop or a test wait for the queue to empty.
 */
export class PlanDeliveryQueue implements PlanEvents {
  private readonly worker: OutboxWorker<Payload>;

  constructor(
    private readonly deps: {
      outbox: Outbox;
      /** Who actually delivers (the lead contact's Teams side). */
      deliver: PlanDeliverer;
      logger: Logger;
      clock: () => Date;
    },
  ) {
    this.worker = new OutboxWorker({
      outbox: deps.outbox,
      schema: payloadSchema,
      // A plan its recipient cannot be sent yet is not on its way: the person is never told it may
      // have reached them (H85).
      ready: async (payload) => {
        if (payload.event === 'shared') {
          // Shared again after a take-back whose note still waits: the note goes first, so the plan
          // is never followed by "do not use the copy you had" (H284). Only an older note can be
          // queued beside it, as a take-back drops whatever was queued before it.
          if (await deps.outbox.queuedFor(payload.record.id, 'withdrawn')) return false;
          return (await deps.deliver.ready?.(payload.record)) ?? true;
        }
        // Sent before a send of the plan under way (on another instance) has ended, the note would
        // find nothing delivered and say nothing, and the plan would arrive with no word it was taken back.
        return !(await deps.outbox.droppedSendingFor(payload.record.id));
      },
      deliver: (payload) =>
        payload.event === 'shared'
          ? deps.deliver.shared(payload.record, payload.previous)
          : deps.deliver.withdrawn(payload.record),
      // The person was told "I will send your plan to …" (or that the lead contact will be told it is
      // taken back), and is told it "is still waiting to go" until it has: dropping it would make
      // both untrue and lose the plan. It goes on being tried until it is sent, or replaced or
      // dropped by a withdrawal or erasure.
      afterManyFailures: 'keep_trying',
      name: 'plan_delivery',
      logger: deps.logger,
      clock: deps.clock,
    });
  }

  async shared(
    record: PreparationRecord,
    previous: PreparationRecord | undefined,
    options?: SharedOptions,
  ): Promise<void> {
    // Older versions waiting to go hold a part taken back since: they never go (H321).
    if (options?.replacesQueued) await this.deps.outbox.dropRecord(record.id, 'shared');
    const entry = this.sharedEntry(record, previous);
    await this.deps.outbox.enqueue(entry.recordId, entry.payload, entry.dueAt, entry.kind);
    this.worker.deliverDue();
  }

  /**
   * The outbox entry `shared` queues, for a caller that writes it in the transaction storing the
   * consent itself (then calls `deliverDue` once committed): a plan said to be shared is queued.
   */
  sharedEntry(record: PreparationRecord, previous: PreparationRecord | undefined): QueuedEntry {
    // Earlier versions are for "Open full plan" only: the delivery needs the latest and the one before.
    const payload = JSON.stringify({
      event: 'shared',
      record: { ...record, sharedEarlier: undefined },
      previous,
    } satisfies Payload);
    return { recordId: record.id, payload, dueAt: this.deps.clock(), kind: 'shared' };
  }

  async withdrawn(record: PreparationRecord): Promise<void> {
    // Anything still queued for this record is its data: the withdrawal replaces it.
    await this.deps.outbox.dropRecord(record.id);
    const entry = this.withdrawnEntry(record);
    await this.deps.outbox.enqueue(entry.recordId, entry.payload, entry.dueAt, entry.kind);
    this.worker.deliverDue();
  }

  /**
   * The outbox entry `withdrawn` queues once it has dropped what was queued for the record, for a
   * caller that does both in the transaction storing the withdrawal (then calls `deliverDue`).
   */
  withdrawnEntry(record: PreparationRecord): QueuedEntry {
    // The person asked for their data to go: the queued withdrawal keeps only who to tell, whether
    // a carer answered for them (no carer's name), so the note says who took it back, and the name
    // the shared plan gave the person, which the lead contact's card already showed, so the note
    // names whom the plan was about; the entry goes once the note is delivered.
    const respondent = record.answers['respondent.type'];
    const name = (sharedRecord(record) ?? record).answers['subject.name'];
    const bare: PreparationRecord = {
      ...record,
      answers: {
        ...(respondent && answeredBy(record) === 'carer' ? { 'respondent.type': respondent } : {}),
        ...(name ? { 'subject.name': name } : {}),
      },
      carerViews: {},
      flags: [],
      consents: [],
      shared: undefined,
      sharedEarlier: undefined,
    };
    const payload = JSON.stringify({ event: 'withdrawn', record: bare } satisfies Payload);
    return { recordId: record.id, payload, dueAt: this.deps.clock(), kind: 'withdrawn' };
  }

  /** Starts polling for due deliveries (and delivers any left from before a restart). */
  start(): void {
    this.worker.start();
  }

  /** Stops polling and waits for a delivery under way. */
  stop(): Promise<void> {
    return this.worker.stop();
  }

  /** Resolves when nothing due is left to deliver right now. */
  idle(): Promise<void> {
    return this.worker.idle();
  }

  /** Delivers whatever is due now (also run on every enqueue and every poll). */
  deliverDue(): void {
    this.worker.deliverDue();
  }
}
