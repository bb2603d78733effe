import type { AuditAction, AuditDetail } from '../plan/audit';
import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';

/**
 * The audit entry for the decision the review just recorded: a share with the version, recipients
 * and parts kept back that it covers, or a decision not to share with the version it was about.
 * Never the answers themselves.
 */
export function consentAuditEntry(record: PreparationRecord): {
  actor: string;
  action: AuditAction;
  subject: string;
  detail: AuditDetail;
} {
  const consent = record.consents.at(-1);
  const shared = consent?.decision === 'share';
  return {
    actor: answeredBy(record),
    action: shared ? 'share' : 'doNotShare',
    subject: record.id,
    detail: shared
      ? {
          planVersion: consent.planVersion,
          recipients: consent.recipients,
          excludedSections: consent.excludedSections,
        }
      : { planVersion: record.planVersion },
  };
}
