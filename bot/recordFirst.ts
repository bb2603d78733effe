import type { AuditTrail } from '../plan/audit';
import type { PlanEvents } from '../plan/planEvents';
import type { RecordSessions } from './sessions';

/**
 * A turn's record changes wait for the turn's one commit. A few writes during a turn must never
 * be durable before them, and these wrappers commit a record's waiting changes first: an audit
 * entry about the record, and the delivery of a shared plan (queued only once the consent that
 * allows it is stored). Anything else a turn writes needs no order.
 */
export function recordFirstAudit(audit: AuditTrail, sessions: RecordSessions): AuditTrail {
  return {
    append: async (entry) => {
      await sessions.flush(entry.subject);
      await audit.append(entry);
    },
    forSubject: (subject) => audit.forSubject(subject),
  };
}

/** The first plan listener: commits the record's waiting changes before any other listener hears. */
export function recordFirstEvents(sessions: RecordSessions): PlanEvents {
  return {
    shared: (record) => sessions.flush(record.id),
    withdrawn: (record) => sessions.flush(record.id),
  };
}
