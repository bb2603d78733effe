import type { z } from 'zod';
import type { Logger } from '../plan/logger';
import type { Outbox, OutboxItem } from './outbox';

/** How often a worker looks for due deliveries when nothing wakes it. */
const pollMs = 15_000;
/**
 * Failed attempts after which a delivery is given up, or, for one that keeps trying, logged as an
 * error: with `backoffMs`, the 12th comes about 3.5 to 7 hours after the first.
 */
export const maxAttempts = 12;
/**
 * How often a delivery that keeps trying is logged as an error again past `maxAttempts`: at the
 * capped backoff (1 to 2 hours apart), 16 attempts are about a day, so operators see it daily.
 */
const overdueLogEvery = 16;
const batch = 20;
/**
 * How long a claimed delivery is this instance's: far longer than a send takes (seconds), so no
 * other instance sends it meanwhile; if this instance dies it is sent after that, once.
 */
const leaseMs = 5 * 60_000;

/**
 * How long a delivery whose recipient cannot be reached yet waits before it is looked at again:
 * short, so it goes soon after they can be (a coordinator who first talks to Careprep in Teams).
 */
export const notYetWaitMs = 5 * 60_000;

/**
 * Thrown by a delivery whose recipient cannot be reached yet (nowhere to send to is known). Nothing
 * failed, so the worker keeps it and looks again after `notYetWaitMs`, never counting it towards
 * giving up: dropping it would lose what the person was told would be sent.
 */
export class NotYetDeliverable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotYetDeliverable';
  }
}

/**
 * What becomes of a delivery still failing after `maxAttempts`: dropped (`give_up`, logged as an
 * error), or kept and tried at the capped backoff for as long as it stays queued (`keep_trying`,
 * logged as an error as it passes the limit and about daily after). Each kind of delivery says which:
 * one that a person was told would be made must keep trying.
 */
export type AfterManyFailures = 'give_up' | 'keep_trying';

/** Backoff before attempt `n + 1`: 10 s doubling to at most 2 h, with jitter so retries spread. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(10_000 * 2 ** attempts, 2 * 60 * 60 * 1000);
  return Math.round(base * (0.5 + random() * 0.5));
}

/**
 * Delivers what waits in one outbox: claims what is due (with a lease, so two instances never
 * take the same item), reads each payload with its schema, hands it to `deliver`, and deletes it
 * once delivered. A delivery that throws is tried again with backoff through outages and
 * restarts, and after `maxAttempts` (about 3.5 to 7 hours) given up or kept trying, as its kind
 * says (`AfterManyFailures`); one whose recipient cannot be reached yet (`ready` false, or
 * `NotYetDeliverable`) waits for them, never given up; a payload that cannot be read is logged and dropped.
 * Never fire-and-forget: every delivery is in the database until it has gone, and `idle()` lets a
 * graceful stop or a test wait for the outbox to empty.
 */
export class OutboxWorker<T> {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(
    private readonly deps: {
      outbox: Outbox;
      schema: z.ZodType<T>;
      /** Sends one delivery; throws to have it tried again later (`NotYetDeliverable` to wait without giving up). */
      deliver: (payload: T) => Promise<void>;
      /**
       * Whether a send of the delivery can start now; false waits as `NotYetDeliverable` does, but
       * before it is marked as being sent, so `sendingFor` never counts what nothing can send yet.
       */
      ready?: (payload: T) => Promise<boolean>;
      /** Whether a delivery still failing after `maxAttempts` is dropped or kept trying. */
      afterManyFailures: AfterManyFailures;
      /**
       * What its log lines are called (`<name>_retry`, `<name>_waiting`, `<name>_gave_up`,
       * `<name>_overdue`, `<name>_unreadable`).
       */
      name: string;
      logger: Logger;
      clock: () => Date;
    },
  ) {}

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

  /** Delivers whatever is due now (also run on every poll, and by whoever queues something). */
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
    const { outbox, schema, deliver, ready, name, logger, clock } = this.deps;
    for (;;) {
      const items = await outbox.claimDue(clock(), batch, new Date(clock().getTime() + leaseMs));
      if (items.length === 0 || this.stopped) return;
      for (const item of items) {
        const parsed = schema.safeParse(JSON.parse(item.payload));
        if (!parsed.success) {
          logger.error(`${name}_unreadable`, { item: item.id });
          await outbox.done(item.id);
          continue;
        }
        if (ready && !(await ready(parsed.data))) {
          await this.waiting(item);
          continue;
        }
        // Taken with a batch, it may have waited behind slower sends while its record was
        // withdrawn or erased: what was dropped meanwhile is never sent.
        // Marked as being sent, so a withdrawal meanwhile knows it may reach them after all.
        if (!(await outbox.startSending(item.id, new Date(clock().getTime() + leaseMs)))) continue;
        try {
          await deliver(parsed.data);
          await outbox.done(item.id);
        } catch (error) {
          if (error instanceof NotYetDeliverable) {
            await this.waiting(item);
            continue;
          }
          await this.failed(item, error);
        }
      }
    }
  }

  /** Looks again after `notYetWaitMs`, counting no attempt: nothing failed, the recipient is not there yet. */
  private async waiting(item: OutboxItem): Promise<void> {
    const { outbox, name, logger, clock } = this.deps;
    logger.info(`${name}_waiting`, { item: item.id });
    await outbox.postpone(item.id, new Date(clock().getTime() + notYetWaitMs));
  }

  /** Counts a failed attempt: tried again after the backoff, or given up past the limit if this kind gives up. */
  private async failed(item: OutboxItem, error: unknown): Promise<void> {
    const { outbox, name, logger, clock, afterManyFailures } = this.deps;
    const attempts = item.attempts + 1;
    const fields = { item: item.id, attempts, error: error instanceof Error ? error.name : 'unknown' };
    if (attempts < maxAttempts) {
      logger.warn(`${name}_retry`, fields);
    } else if (afterManyFailures === 'give_up') {
      logger.error(`${name}_gave_up`, fields);
      await outbox.done(item.id);
      return;
    } else if ((attempts - maxAttempts) % overdueLogEvery === 0) {
      logger.error(`${name}_overdue`, fields);
    } else {
      logger.warn(`${name}_retry`, fields);
    }
    await outbox.retryAt(item.id, new Date(clock().getTime() + backoffMs(attempts)));
  }
}
