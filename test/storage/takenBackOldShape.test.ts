import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { leadContactCopies } from '../../coordination/leadContactDelivery';
import { consentFor, sharedVersionHeld } from '../../plan/consentScope';
import { newRecord, type PreparationRecord } from '../../plan/record';
import { SqlAuditLog } from '../../storage/auditLog';
import type { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlInvitationStore } from '../../storage/invitationStore';
import { SqlOutbox } from '../../storage/outbox';
import { SqlRecordStore } from '../../storage/recordStore';
import { describeEngines } from '../support/engines';

/**
 * Records written before H284's fix (H284's residual): a plan shared again unchanged after it was
 * taken back kept its version, and the invitation still named that version as delivered, so it
 * counted as held while it waited to go. Written straight to the store in that shape, then the
 * database is brought up to date as on an upgrade: such a plan is no longer held until its card is
 * sent, and plans in other shapes are left as they were.
 */
const now = new Date('2026-04-01T09:00:00.000Z');
const clock = (): Date => now;
const sealer = createSealer(randomBytes(32));

type Step = 'share' | 'withdraw';

/** A plan shared as version 1 and delivered (and reviewed), then `steps` in the audit log, then `queued` or not. */
async function oldShape(db: Database, id: string, steps: readonly Step[], queued: boolean): Promise<PreparationRecord> {
  const invitations = new SqlInvitationStore(db, sealer, clock);
  const details = { version: 1 as const, personName: 'Ada', conditions: ['diabetes'], leadName: 'Sam' };
  const invitationId = `inv-${id}`;
  await invitations.create({
    id: invitationId,
    code: `C-${id}`,
    coordinatorId: 'coord-1',
    details,
    createdAt: now.toISOString(),
  });
  await invitations.claim(`C-${id}`, id);
  await invitations.markDelivered(invitationId, 1);
  await invitations.markReviewed(invitationId, 'coord-1', 1);
  const audit = new SqlAuditLog(db, clock);
  for (const action of steps) {
    await audit.append({ actor: 'person', action, subject: id, detail: action === 'share' ? { planVersion: 1 } : {} });
  }
  // As the code before H284 left it: shared again unchanged, still version 1, status shared.
  const record = newRecord(id, now);
  record.leadContact = { name: 'Sam', coordinatorId: 'coord-1', invitationId };
  record.answers['whatMatters.most'] = { value: 'My garden', status: 'answered', by: 'person', at: now.toISOString() };
  const consent = consentFor(record, true, 'person', now.toISOString());
  record.consents = steps.filter((step) => step === 'share').map(() => consent);
  record.status = 'shared';
  record.shared = {
    at: consent.at,
    planVersion: 1,
    answers: structuredClone(record.answers),
    carerViews: {},
    flags: [],
    consent,
  };
  await new SqlRecordStore(db, sealer).put(record, null);
  if (queued)
    await new SqlOutbox(db, sealer, clock).enqueue(id, JSON.stringify({ event: 'shared', record }), now, 'shared');
  return record;
}

describeEngines('Stores: a plan shared again unchanged after a take-back, written before H284', (current) => {
  it('is not held while its delivery waits once the database is brought up to date; other plans are left as they were', async () => {
    const opened = current();
    const reshared = await oldShape(opened.db, 'rec-old', ['share', 'withdraw', 'share'], true);
    const unchanged = await oldShape(opened.db, 'rec-same', ['share', 'share'], true);
    const delivered = await oldShape(opened.db, 'rec-sent', ['share', 'withdraw', 'share'], false);
    const older = await oldShape(opened.db, 'rec-older', ['share', 'withdraw', 'share', 'share'], true);
    // Brought up to date as on an upgrade: its step (sqlite 22, PostgreSQL 18) and those after it run
    // again on the data in the old shape.
    const step = opened.db.engine === 'postgres' ? 18 : 22;
    await opened.db.write('DELETE FROM schema_migrations WHERE version >= ?', [step]);
    // Nor had the old shape the columns later steps add (H447, H490): they add them again.
    await opened.db.write('ALTER TABLE invitations DROP COLUMN taken_back_told');
    await opened.db.write('ALTER TABLE invitations DROP COLUMN delivered_at');
    const db = await opened.reopen();
    try {
      const invitations = new SqlInvitationStore(db, sealer, clock);
      const copies = leadContactCopies(
        invitations,
        () => Promise.resolve(false),
        () => Promise.resolve(false),
      );
      const held = async (record: PreparationRecord): Promise<boolean> =>
        sharedVersionHeld(record, await copies.heldVersion(record));
      expect(await held(reshared), `${db.engine}: waiting to go, not held`).to.equal(false);
      expect((await invitations.get('inv-rec-old'))?.reviewedVersion, 'the review was of the copy taken back').to.equal(
        undefined,
      );
      expect(await held(unchanged), `${db.engine}: never taken back, still held`).to.equal(true);
      expect(await held(delivered), `${db.engine}: sent again since, held`).to.equal(true);
      expect(await held(older), `${db.engine}: shared again after the one that followed the take-back`).to.equal(true);
      expect((await invitations.get('inv-rec-same'))?.reviewedVersion).to.equal(1);
      await invitations.markDelivered('inv-rec-old', 1);
      expect(await held(reshared), `${db.engine}: held once its card is sent`).to.equal(true);
    } finally {
      await db.close();
    }
  });
});
