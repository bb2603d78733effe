import { z } from 'zod';
import type { PlanEvents } from '../plan/planEvents';
import type { PreparationRecord } from '../plan/record';
import { storedRecordSchema } from '../plan/recordMigration';
import type { Outbox } from './outbox';
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

/** How often the queue looks for due deliveries when nothing wakes it. */
const pollMs = 15_000;
/** Attempts before a delivery is given up (and logged as an error); about a day of backing off. */
const maxAttempts = 12;
const batch = 20;
/**
 * How long a claimed delivery is this instance's: far longer than a send takes (seconds), so no
 * other instance sends it meanwhile; if this instance dies it is sent after that, once.
 */
const leaseMs = 5 * 60_000;

/** Backoff before attempt `n + 1`: 10 s doubling to at most 2 h, with jitter so retries spread. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(10_000 * 2 ** attempts, 2 * 60 * 60 * 1000);
  return Math.round(base * (0.5 + random() * 0.5));
}

/**
 * Plan events for the lead contact go through a durable outbox: the person's turn only records
 * that a delivery is owed (one small write) and carries on, and this worker delivers it, retrying
 * with backoff through outages and restarts. Never fire-and-forget: every delivery is in sqlite
 * until it has gone, and `idle()` lets a graceful stop or a test wait for the queue to empty.
 */
export class PlanDeliveryQueue implements PlanEvents {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly deps: {
      outbox: Outbox;
      /** Who actually delivers (the lead contact's Teams side). */
      deliver: PlanEvents;
      logger: Logger;
      clock: () => Date;
    },
  ) {}

  async shared(record: PreparationRecord, previous: PreparationRecord | undefined): Promise<void> {
    await this.deps.outbox.enqueue(record.id, JSON.stringify({ event: 'shared', record, previous }), this.deps.clock());
    this.deliverDue();
  }

  async withdrawn(record: PreparationRecord): Promise<void> {
    // Anything still queued for this record is its data: the withdrawal replaces it.
    await this.deps.outbox.dropRecord(record.id);
    // The person asked for their data to go: the queued withdrawal keeps only who to tell.
    const bare: PreparationRecord = {
      ...record,
      answers: {},
      carerViews: {},
      flags: [],
      consents: [],
      shared: undefined,
    };
    await this.deps.outbox.enqueue(record.id, JSON.stringify({ event: 'withdrawn', record: bare }), this.deps.clock());
    this.deliverDue();
  }

  /** Starts polling for due deliveries (and delivers any left from before a restart). */
  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.deliverDue(), pollMs);
    this.timer.unref();
    this.deliverDue();
  }

  /** Stops polling and waits for a delivery under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Resolves when nothing due is left to deliver right now. */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Delivers whatever is due now (also run on every enqueue and every poll). */
  deliverDue(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.deliverDue();
      }
    });
  }

  private async drain(): Promise<void> {
    const { outbox, deliver, logger, clock } = this.deps;
    for (;;) {
      const items = await outbox.claimDue(clock(), batch, new Date(clock().getTime() + leaseMs));
      if (items.length === 0 || this.stopped) return;
      for (const item of items) {
        const parsed = payloadSchema.safeParse(JSON.parse(item.payload));
        if (!parsed.success) {
          logger.error('plan_delivery_unreadable', { item: item.id });
          await outbox.done(item.id);
          continue;
        }
        try {
          const payload = parsed.data;
          if (payload.event === 'shared') await deliver.shared(payload.record, payload.previous);
          else await deliver.withdrawn(payload.record);
          await outbox.done(item.id);
        } catch (error) {
          const attempts = item.attempts + 1;
          const name = error instanceof Error ? error.name : 'unknown';
          if (attempts >= maxAttempts) {
            logger.error('plan_delivery_gave_up', { item: item.id, attempts, error: name });
            await outbox.done(item.id);
          } else {
            logger.warn('plan_delivery_retry', { item: item.id, attempts, error: name });
            await outbox.retryAt(item.id, new Date(clock().getTime() + backoffMs(attempts)));
          }
        }
      }
    }
  }
}
