import { expect } from 'chai';
import { PlanDeliveryQueue } from '../../coordination/planDeliveryQueue';
import { createLogger } from '../../bot/logger';
import { newRecord, type PreparationRecord } from '../../plan/record';
import type { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlJobStore } from '../../storage/jobStore';
import { SqlOutbox } from '../../storage/outbox';
import { describeEngines } from '../support/engines';

const now = new Date('2026-04-01T09:00:00.000Z');
const clock = (): Date => now;
const sealer = createSealer(null);

describeEngines('Queued work runs once across instances', (current) => {
  /** A second instance: its own connection(s) to the same database. */
  let other: Database;
  beforeEach(async () => {
    other = await current().reopen();
  });
  afterEach(() => other.close());

  it('gives each due delivery to one claimant, and back to all once its lease ends', async () => {
    const mine = new SqlOutbox(current().db, sealer, clock);
    const theirs = new SqlOutbox(other, sealer, clock);
    for (let i = 0; i < 40; i++) await mine.enqueue(`rec-${i}`, `{"n":${i}}`, now);
    const lease = new Date(now.getTime() + 60_000);
    const claimed: string[][] = [[], []];
    await Promise.all(
      [mine, theirs].map(async (outbox, side) => {
        for (;;) {
          const items = await outbox.claimDue(now, 3, lease);
          if (items.length === 0) return;
          claimed[side].push(...items.map((item) => item.recordId));
        }
      }),
    );
    const all = [...claimed[0], ...claimed[1]];
    expect(all).to.have.length(40);
    expect(new Set(all).size).to.equal(40);
    expect(await theirs.claimDue(new Date(lease.getTime() + 1), 100, lease)).to.have.length(40);
  });

  it('delivers each queued plan event once when two instances drain the queue together', async () => {
    const delivered: string[] = [];
    const deliver = {
      shared: async (record: PreparationRecord) => {
        delivered.push(record.id);
        await new Promise((resolve) => setTimeout(resolve, 1));
      },
      withdrawn: () => Promise.resolve(),
    };
    const logger = createLogger('silent');
    const queues = [current().db, other].map(
      (db) => new PlanDeliveryQueue({ outbox: new SqlOutbox(db, sealer, clock), deliver, logger, clock }),
    );
    for (let i = 0; i < 30; i++) await queues[i % 2].shared(newRecord(`rec-${i}`, now), undefined);
    for (const queue of queues) queue.deliverDue();
    await Promise.all(queues.map((queue) => queue.idle()));
    expect(delivered).to.have.length(30);
    expect(new Set(delivered).size).to.equal(30);
  });

  it('runs each due job once, and settles only jobs left running by a stopped process', async () => {
    const stores = [new SqlJobStore(current().db, clock), new SqlJobStore(other, clock)];
    for (let i = 0; i < 20; i++)
      await stores[0].schedule({
        id: `j-${i}`,
        kind: 'resultsReady',
        invitationId: `inv-${i}`,
        dueAt: now.toISOString(),
      });
    const ran: string[] = [];
    await Promise.all(
      stores.map(async (jobs) => {
        for (const job of await jobs.due(now, 50)) if (await jobs.claim(job.id, now)) ran.push(job.id);
      }),
    );
    expect(ran.sort()).to.deep.equal(Array.from({ length: 20 }, (_, i) => `j-${i}`).sort());
    const later = new Date(now.getTime() + 60_000);
    expect(await stores[1].settleInterrupted(new Date(now.getTime() - 1), later)).to.equal(0);
    expect(await stores[1].settleInterrupted(later, later)).to.equal(20);
  });
});
