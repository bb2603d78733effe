import type { AuditTrail } from '../plan/audit';
import type { PlanEvents } from '../plan/planEvents';
import type { PlanDeliveryQueue } from '../coordination/planDeliveryQueue';
import type { SqlAuditLog } from '../storage/auditLog';
import type { SqlOutbox } from '../storage/outbox';
import type { RecordSessions } from './sessions';

/**
 * A turn's record changes wait for the turn's one commit. What tells of them (an audit entry about
 * the record, the delivery of a shared plan) is written in that same transaction, never apart: a
 * consent stored while its delivery failed to queue was "shared" to the person's own copy and the
 * lead contact's list, with nothing ever to send it, after the person was told it may not be saved.
 */
export function recordFirstAudit(audit: SqlAuditLog, sessions: RecordSessions): AuditTrail {
  let entries = 0;
  return {
    append: async (entry) => {
      const key = `audit:${(entries += 1)}`;
      if (!sessions.alongside(entry.subject, key, (tx) => audit.appendEachIn(tx, entry, [entry.subject])))
        await audit.append(entry);
    },
    // An entry waiting with its record's changes is read once they are written.
    forSubject: async (subject) => {
      await sessions.flush(subject);
      return audit.forSubject(subject);
    },
  };
}

/**
 * The first plan listener: a shared plan's delivery is queued in the transaction that stores the
 * record's waiting changes (the consent), committed before any other listener hears; a withdrawal
 * commits the record's changes first, then replaces what is queued.
 */
export function recordFirstEvents(
  sessions: RecordSessions,
  deliveries: Pick<PlanDeliveryQueue, 'shared' | 'sharedEntry' | 'withdrawn' | 'deliverDue'>,
  outbox: Pick<SqlOutbox, 'enqueueIn'>,
): PlanEvents {
  return {
    shared: async (record, previous) => {
      const entry = deliveries.sharedEntry(record, previous);
      const queued = sessions.alongside(record.id, `delivery:${record.id}`, (tx) =>
        outbox.enqueueIn(tx, entry.recordId, entry.payload, entry.dueAt, entry.kind),
      );
      if (!queued) return deliveries.shared(record, previous);
      await sessions.flush(record.id);
      deliveries.deliverDue();
    },
    withdrawn: async (record) => {
      await sessions.flush(record.id);
      await deliveries.withdrawn(record);
    },
  };
}
