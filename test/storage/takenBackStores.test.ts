import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { createSealer } from '../../storage/encryption';
import { SqlInvitationStore } from '../../storage/invitationStore';
import { SqlOutbox } from '../../storage/outbox';
import { describeEngines } from '../support/engines';

/**
 * What the stores keep of a plan taken back and shared again (H284): once the coordinator was told
 * it is taken back no version counts as delivered to them, and a note still queued is seen, so a
 * plan shared again waits behind it.
 */
const now = new Date('2026-04-01T09:00:00.000Z');
const clock = (): Date => now;
const details = { version: 1 as const, personName: 'Ada', conditions: ['diabetes'], leadName: 'Sam' };

describeEngines('Stores: a plan taken back', (current) => {
  it('counts no version as delivered once the coordinator was told it is taken back, until one is sent again', async () => {
    const { db } = current();
    const invitations = new SqlInvitationStore(db, createSealer(randomBytes(32)), clock);
    await invitations.create({
      id: 'inv-1',
      code: 'ABC123',
      coordinatorId: 'coord-1',
      details,
      createdAt: now.toISOString(),
    });
    await invitations.markDelivered('inv-1', 1);
    await invitations.markReviewed('inv-1', 'coord-1', 1);
    await invitations.markTakenBack('inv-1', 'unchanged');
    const taken = await invitations.get('inv-1');
    expect(taken?.deliveredVersion, `${db.engine}: none held`).to.equal(undefined);
    expect(taken?.takenBackTold, `${db.engine}: how they were told`).to.equal('unchanged');
    expect(taken?.reviewedVersion, `${db.engine}: the review stays as it was`).to.equal(1);
    await invitations.markDelivered('inv-1', 2);
    expect((await invitations.get('inv-1'))?.deliveredVersion, `${db.engine}: sent again`).to.equal(2);
    expect((await invitations.get('inv-1'))?.takenBackTold, `${db.engine}: theirs again`).to.equal(undefined);
  });

  it("sees a record's queued note of a take-back, waiting or being sent, until it is done", async () => {
    const { db } = current();
    const outbox = new SqlOutbox(db, createSealer(randomBytes(32)), clock);
    const until = new Date(now.getTime() + 60_000);
    await outbox.enqueue('rec-1', '{"event":"withdrawn"}', now, 'withdrawn');
    await outbox.enqueue('rec-2', '{"event":"shared"}', now, 'shared');
    expect(await outbox.queuedFor('rec-1', 'withdrawn'), `${db.engine}: waiting`).to.equal(true);
    expect(await outbox.queuedFor('rec-2', 'withdrawn'), `${db.engine}: another record's plan`).to.equal(false);
    expect(await outbox.queuedFor('rec-1', 'shared'), `${db.engine}: another kind`).to.equal(false);
    const [note] = (await outbox.claimDue(now, 10, until)).filter((item) => item.recordId === 'rec-1');
    await outbox.startSending(note.id, until);
    expect(await outbox.queuedFor('rec-1', 'withdrawn'), `${db.engine}: being sent`).to.equal(true);
    await outbox.done(note.id);
    expect(await outbox.queuedFor('rec-1', 'withdrawn'), `${db.engine}: sent`).to.equal(false);
  });
});
