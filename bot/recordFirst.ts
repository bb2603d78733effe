import type { TurnContext } from 'botbuilder';
import type { AuditTrail } from '../plan/audit';
import type { PlanEvents } from '../plan/planEvents';
import type { PlanDeliveryQueue, QueuedEntry } from '../coordination/planDeliveryQueue';
import type { Tx } from '../storage/database';
import type { UnitStep } from '../storage/unitOfWork';
import type { SqlAuditLog } from '../storage/auditLog';
import type { SqlOutbox } from '../storage/outbox';
import type { SqlPersonalData } from '../storage/personalData';
import type { PersonalData } from '../dialogs/conversationDeps';
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
 * The first plan listener: what a share or a withdrawal owes the lead contact is queued in the
 * transaction that stores the record's waiting changes (the consent, or the plan taken back). A
 * share commits with the whole turn; a withdrawal commits at once, before any other listener hears
 * and before the words about the lead contact's copy are read from what is queued. A withdrawal
 * stored apart from it once left the plan still queued to go to them, or nothing queued to tell them.
 */
export function recordFirstEvents(
  sessions: RecordSessions,
  deliveries: Pick<PlanDeliveryQueue, 'shared' | 'sharedEntry' | 'withdrawn' | 'withdrawnEntry' | 'deliverDue'>,
  outbox: Pick<SqlOutbox, 'enqueueIn' | 'dropRecordIn'>,
): PlanEvents {
  const queuedWith = async (recordId: string, step: UnitStep): Promise<boolean> => {
    if (!sessions.alongside(recordId, `delivery:${recordId}`, step)) return false;
    await sessions.flush(recordId);
    deliveries.deliverDue();
    return true;
  };
  const enqueue = (tx: Tx, entry: QueuedEntry): Promise<void> =>
    outbox.enqueueIn(tx, entry.recordId, entry.payload, entry.dueAt, entry.kind);
  return {
    shared: async (record, previous, options) => {
      const entry = deliveries.sharedEntry(record, previous);
      // Older versions still queued hold a part taken back since: dropped with the same commit (H321).
      const step = async (tx: Tx): Promise<void> => {
        if (options?.replacesQueued) await outbox.dropRecordIn(tx, record.id, 'shared');
        await enqueue(tx, entry);
      };
      // Not committed here: with the rest of the turn (its own copy link, its conversation state),
      // so a failure anywhere in it shares nothing, as the apology says, and the yes sent again
      // shares once. The worker is woken once it is stored.
      const queued = sessions.alongside(record.id, `delivery:${record.id}`, step, {
        committed: () => deliveries.deliverDue(),
      });
      if (!queued) await deliveries.shared(record, previous, options);
    },
    withdrawn: async (record) => {
      const entry = deliveries.withdrawnEntry(record);
      const replaced = async (tx: Tx): Promise<void> => {
        // Anything still queued for this record is its data: the withdrawal replaces it.
        await outbox.dropRecordIn(tx, record.id);
        await enqueue(tx, entry);
      };
      if (!(await queuedWith(record.id, replaced))) await deliveries.withdrawn(record);
    },
  };
}

/**
 * Erasing a record whose changes wait in the turn's unit (a shared plan being taken back as it is
 * deleted) is written in that unit's transaction, with the note to the lead contact queued there:
 * a failure erases nothing and tells nobody, as the person's apology says. Its audit entry is
 * always written in the erasure's own transaction, waiting or not (H262). The conversation's
 * state goes with it, so a turn failing after the erasure is stored leaves no question waiting
 * ("delete it all?") whose answer would say that nothing was deleted (H219).
 */
export function recordFirstErasure(
  personalData: SqlPersonalData,
  sessions: RecordSessions,
  stateKeyOf: (context: TurnContext) => string | undefined,
): PersonalData {
  return {
    held: (recordId) => personalData.held(recordId),
    erase: async (context, recordId, actor, stored) => {
      const key = stateKeyOf(context);
      const stateKeys = key === undefined ? [] : [key];
      const step = (tx: Tx): Promise<void> => personalData.eraseIn(tx, recordId, actor, stateKeys);
      if (sessions.alongside(recordId, `erase:${recordId}`, step, { committed: stored })) return;
      await personalData.erase(recordId, actor, stateKeys);
      stored?.();
    },
  };
}
