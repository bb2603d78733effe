import { expect } from 'chai';
import { PlanDeliveryQueue } from '../../coordination/planDeliveryQueue';
import { backoffMs, maxAttempts, NotYetDeliverable, notYetWaitMs } from '../../coordination/outboxWorker';
import { createLogger } from '../../bot/logger';
import type { PlanEvents } from '../../plan/planEvents';
import { newRecord, type PreparationRecord } from '../../plan/record';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlOutbox } from '../../storage/outbox';
import { tempDir } from '../support/tempDb';

/** A deliverer that records calls and fails while `failing` is set. */
function recorder(): PlanEvents & { calls: string[]; failing: boolean } {
  const state = {
    calls: [] as string[],
    failing: false,
    shared(record: PreparationRecord) {
      if (state.failing) return Promise.reject(new Error('teams down'));
      state.calls.push(`shared:${record.id}`);
      return Promise.resolve();
    },
    withdrawn(record: PreparationRecord) {
      if (state.failing) return Promise.reject(new Error('teams down'));
      state.calls.push(`withdrawn:${record.id}`);
      return Promise.resolve();
    },
  };
  return state;
}

/** A deliverer that notes each call in `calls`. */
function recorderInto(calls: string[]): PlanEvents {
  return {
    shared: (r) => Promise.resolve(void calls.push(`shared:${r.id}`)),
    withdrawn: (r) => Promise.resolve(void calls.push(`withdrawn:${r.id}`)),
  };
}

describe('The plan delivery queue', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Database;
  let now: Date;
  const clock = (): Date => now;
  const record = (id: string): PreparationRecord => newRecord(id, new Date('2026-11-23T10:00:00Z'));
  const logs: string[] = [];
  const queueWith = (deliver: PlanEvents): PlanDeliveryQueue =>
    new PlanDeliveryQueue({
      outbox: new SqlOutbox(db, createSealer(null), clock),
      deliver,
      logger: createLogger('debug', (line) => logs.push(line)),
      clock,
    });

  beforeEach(async () => {
    tmp = tempDir();
    db = await Database.open(tmp.file());
    now = new Date('2026-11-23T10:00:00Z');
    logs.length = 0;
  });
  afterEach(async () => {
    await db.close();
    tmp.cleanup();
  });

  it('records a delivery and returns before the delivery itself has happened', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calls: string[] = [];
    const queue = queueWith({
      shared: async (r) => {
        await gate;
        calls.push(r.id);
      },
      withdrawn: () => Promise.resolve(),
    });
    await queue.shared(record('r1'), undefined);
    expect(calls).to.deep.equal([]);
    release();
    await queue.idle();
    expect(calls).to.deep.equal(['r1']);
  });

  it('tries again after a failure, once the backoff has passed', async () => {
    const deliver = recorder();
    deliver.failing = true;
    const queue = queueWith(deliver);
    await queue.shared(record('r1'), undefined);
    await queue.idle();
    expect(deliver.calls).to.deep.equal([]);
    deliver.failing = false;
    queue.deliverDue();
    await queue.idle();
    expect(deliver.calls, 'not before the backoff').to.deep.equal([]);
    now = new Date(now.getTime() + backoffMs(1, () => 1) + 1);
    queue.deliverDue();
    await queue.idle();
    expect(deliver.calls).to.deep.equal(['shared:r1']);
  });

  it('keeps deliveries across a restart and sends them when started again', async () => {
    const down = recorder();
    down.failing = true;
    await queueWith(down).shared(record('r1'), undefined);
    const up = recorder();
    const restarted = queueWith(up);
    now = new Date(now.getTime() + 3 * 60 * 60 * 1000);
    restarted.start();
    await restarted.idle();
    await restarted.stop();
    expect(up.calls).to.deep.equal(['shared:r1']);
  });

  it('drops a queued share when the person withdraws, and delivers the withdrawal', async () => {
    const deliver = recorder();
    deliver.failing = true;
    const queue = queueWith(deliver);
    await queue.shared(record('r1'), undefined);
    await queue.idle();
    deliver.failing = false;
    await queue.withdrawn(record('r1'));
    await queue.idle();
    now = new Date(now.getTime() + 3 * 60 * 60 * 1000);
    queue.deliverDue();
    await queue.idle();
    expect(deliver.calls).to.deep.equal(['withdrawn:r1']);
  });

  it('never sends a share taken in the same batch as one still being sent, once the person withdraws', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let sending!: () => void;
    const r1Sending = new Promise<void>((resolve) => (sending = resolve));
    let down = true;
    const calls: string[] = [];
    const queue = queueWith({
      shared: async (r) => {
        if (down) throw new Error('teams down');
        if (r.id === 'r1') {
          sending();
          await gate;
        }
        calls.push(`shared:${r.id}`);
      },
      withdrawn: (r) => Promise.resolve(void calls.push(`withdrawn:${r.id}`)),
    });
    await queue.shared(record('r1'), undefined);
    await queue.shared(record('r2'), undefined);
    await queue.idle();
    down = false;
    now = new Date(now.getTime() + 3 * 60 * 60 * 1000);
    // Both come due together and are taken as one batch; r1's send holds the batch up.
    queue.deliverDue();
    await r1Sending;
    await queue.withdrawn(record('r2'));
    release();
    await queue.idle();

    expect(calls).to.deep.equal(['shared:r1', 'withdrawn:r2']);
  });

  /** Each way a plan delivery to the lead contact is owed: a first share, an update, a withdrawal note. */
  const owed: { kind: string; queue: (queue: PlanDeliveryQueue) => Promise<void>; sent: string }[] = [
    { kind: 'a share', queue: (q) => q.shared(record('r1'), undefined), sent: 'shared:r1' },
    { kind: 'an update', queue: (q) => q.shared(record('r1'), record('r1')), sent: 'shared:r1' },
    { kind: 'a withdrawal note', queue: (q) => q.withdrawn(record('r1')), sent: 'withdrawn:r1' },
  ];
  for (const { kind, queue: owe, sent } of owed) {
    it(`keeps trying ${kind} Teams refuses for three days, at most two hours apart, and sends it once Teams is back`, async () => {
      const deliver = recorder();
      const tried: number[] = [];
      const failing = (): Promise<void> => {
        tried.push(now.getTime());
        return Promise.reject(new Error('teams down'));
      };
      const queue = queueWith({
        shared: (r, previous) => (deliver.failing ? failing() : deliver.shared(r, previous)),
        withdrawn: (r) => (deliver.failing ? failing() : deliver.withdrawn(r)),
      });
      deliver.failing = true;
      const start = now.getTime();
      await owe(queue);
      await queue.idle();
      const step = 15 * 60 * 1000;
      while (now.getTime() - start < 72 * 60 * 60 * 1000) {
        now = new Date(now.getTime() + step);
        queue.deliverDue();
        await queue.idle();
      }

      expect(await db.all('SELECT id FROM outbox'), 'still queued').to.have.length(1);
      expect(logs.some((line) => line.includes('plan_delivery_gave_up'))).to.equal(false);
      expect(tried.length, 'tried on past the old limit').to.be.greaterThan(maxAttempts + 20);
      const gaps = tried.slice(maxAttempts).map((at, i) => at - tried[maxAttempts - 1 + i]);
      expect(Math.max(...gaps), 'at most two hours apart (and a poll)').to.be.at.most(2 * 60 * 60 * 1000 + step);
      expect(now.getTime() - tried[tried.length - 1], 'still being tried at the end').to.be.at.most(
        2 * 60 * 60 * 1000 + step,
      );
      const overdue = logs.filter((line) => line.includes('plan_delivery_overdue'));
      expect(JSON.parse(overdue[0]), 'an error as it passes the old limit').to.include({
        level: 'error',
        attempts: maxAttempts,
      });
      expect(overdue.length, 'then about once a day, not at every attempt').to.be.within(2, 5);

      deliver.failing = false;
      now = new Date(now.getTime() + 2 * 60 * 60 * 1000 + 1);
      queue.deliverDue();
      await queue.idle();
      expect(deliver.calls).to.deep.equal([sent]);
      expect(await db.all('SELECT id FROM outbox')).to.have.length(0);
    });
  }

  // Two instances: the note that a plan is taken back must not overtake a send of it under way on
  // the other, which would leave the lead contact holding it with no note.
  it('holds the note that a plan is taken back until a send of it under way elsewhere has ended', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const calls: string[] = [];
    let started = false;
    const sending = queueWith({
      shared: async (r) => {
        started = true;
        await gate;
        calls.push(`shared:${r.id}`);
      },
      withdrawn: () => Promise.reject(new Error('not this instance')),
    });
    const other = queueWith(recorderInto(calls));
    await sending.shared({ ...record('r1'), status: 'shared' }, undefined);
    while (!started) await new Promise((resolve) => setImmediate(resolve));
    await other.withdrawn(record('r1'));
    await other.idle();
    expect(calls, 'the note waits for the send under way').to.deep.equal([]);

    release();
    await sending.idle();
    now = new Date(now.getTime() + notYetWaitMs + 1);
    other.deliverDue();
    await other.idle();
    expect(calls).to.deep.equal(['shared:r1', 'withdrawn:r1']);
    expect(await db.all('SELECT id FROM outbox'), 'nothing left').to.have.length(0);
  });

  it('never tries again a send that failed after its plan was taken back', async () => {
    let fail!: (error: Error) => void;
    const failing = new Promise<void>((_, reject) => (fail = reject));
    const queue = queueWith({ shared: () => failing, withdrawn: () => Promise.resolve() });
    await queue.shared({ ...record('r1'), status: 'shared' }, undefined);
    await new SqlOutbox(db, createSealer(null), clock).dropRecord('r1');
    fail(new Error('teams down'));
    await queue.idle();
    expect(await db.all('SELECT id FROM outbox'), 'nothing left to send').to.have.length(0);
  });

  it('waits for a recipient who cannot be reached yet, never giving up, and delivers once they can be', async () => {
    let reachable = false;
    const calls: string[] = [];
    const queue = queueWith({
      shared: (r) => {
        if (!reachable) return Promise.reject(new NotYetDeliverable('nobody to send to'));
        calls.push(r.id);
        return Promise.resolve();
      },
      withdrawn: () => Promise.resolve(),
    });
    await queue.shared(record('r1'), undefined);
    for (let i = 0; i < 40; i++) {
      now = new Date(now.getTime() + 3 * 60 * 60 * 1000);
      queue.deliverDue();
      await queue.idle();
    }
    expect(await db.all('SELECT attempts FROM outbox'), 'still queued, no attempt counted').to.deep.equal([
      { attempts: 0 },
    ]);
    expect(logs.some((line) => line.includes('plan_delivery_gave_up'))).to.equal(false);

    reachable = true;
    now = new Date(now.getTime() + notYetWaitMs);
    queue.deliverDue();
    await queue.idle();
    expect(calls).to.deep.equal(['r1']);
    expect(await db.all('SELECT id FROM outbox')).to.have.length(0);
  });

  it('keeps no plan text in the outbox file when encryption is on', async () => {
    const sealed = new PlanDeliveryQueue({
      outbox: new SqlOutbox(db, createSealer(Buffer.alloc(32, 7)), clock),
      deliver: { shared: () => Promise.reject(new Error('down')), withdrawn: () => Promise.resolve() },
      logger: createLogger('silent'),
      clock,
    });
    const r = record('r1');
    r.answers['whatMatters.most'] = { value: 'my allotment', status: 'answered', by: 'person', at: r.createdAt };
    await sealed.shared(r, undefined);
    await sealed.idle();
    const rows = await db.all('SELECT payload FROM outbox');
    expect(JSON.stringify(rows)).to.not.include('allotment');
  });
});
