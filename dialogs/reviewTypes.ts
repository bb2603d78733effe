/** The review's types: what it ends with, and what sharing needs beyond the section basics. */
import type { AuditTrail } from '../plan/audit';
import type { LeadContactCopies, PlanEvents } from '../plan/planEvents';

/** What the review ends with: a section to change, or done (shared or not). */
export interface ReviewResult {
  section: 'review';
  change?: string;
}

/** What sharing needs beyond the section basics: who hears of it, the own copy, the audit log. */
export interface SharingDeps {
  events: PlanEvents;
  /** Issuing a link revokes the older ones; `replaced` says how many, so the person is told. */
  ownCopy: { issue(recordId: string): Promise<{ token: string; linkId: string; replaced: number }> };
  /** The full URL of an own-copy link for a token. */
  ownCopyUrl(token: string): string;
  audit: AuditTrail;
  /** Whether the lead contact was ever sent the plan, so a version not sent never says they hold the one before. */
  copies: LeadContactCopies;
}
