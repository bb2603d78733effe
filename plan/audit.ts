import { z } from 'zod';

/** What happened to a plan. */
export const auditActionSchema = z.enum([
  'share',
  'doNotShare',
  'change',
  'view',
  'list',
  'export',
  'linkIssued',
  'linkRevoked',
  'withdraw',
  'delete',
  'purge',
  /** Test results received for an invited person (by a clinical system or their coordinator). */
  'results',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

/**
 * The only facts an audit entry may carry besides actor, action and time. A closed shape, so an
 * answer can never be written into the audit log by accident.
 */
export const auditDetailSchema = z.strictObject({
  planVersion: z.number().int().optional(),
  recipients: z.array(z.string()).optional(),
  excludedSections: z.array(z.string()).optional(),
  /** The plan section a change was made to. */
  section: z.string().optional(),
  /** How many records an action touched (a listing). */
  count: z.number().int().optional(),
  /** The status filter of a listing. */
  status: z.string().optional(),
});
export type AuditDetail = z.infer<typeof auditDetailSchema>;

/** One appended fact: who did what to which plan, and when. Never the answers themselves. */
export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.iso.datetime(),
  /** `person`, `carer`, `apiKey:<id>`, `link:<id>`, `system:retention`, `leadContact:<id>`. */
  actor: z.string().min(1),
  action: auditActionSchema,
  /** The record id, or `plans` for a listing. */
  subject: z.string().min(1),
  detail: auditDetailSchema,
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Where audit entries go; append-only by design (there is no method to change or remove one). */
export interface AuditTrail {
  append(entry: { actor: string; action: AuditAction; subject: string; detail?: AuditDetail }): Promise<void>;
  forSubject(subject: string): Promise<AuditEntry[]>;
}
