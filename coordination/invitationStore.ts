import { z } from 'zod';

/** What a coordinator typed about the person: kept sealed, since it names them. */
export const invitationDetailsSchema = z.object({
  version: z.literal(1),
  personName: z.string().min(1),
  /** E.164, when given. */
  mobile: z.string().optional(),
  /**
   * The person's NHS number (ten digits), when the coordinator gave it: results naming another
   * are refused (`coordination/resultIntake.ts`, H269).
   */
  nhsNumber: z
    .string()
    .regex(/^[0-9]{10}$/)
    .optional(),
  conditions: z.array(z.string()),
  /** The coordinator's name as Teams shows it: how the person is greeted. */
  leadName: z.string().min(1),
});
export type InvitationDetails = z.infer<typeof invitationDetailsSchema>;

/** One invitation, with where it stands. */
export interface Invitation {
  id: string;
  code: string;
  coordinatorId: string;
  /** The person's record, once they used the code. */
  recordId?: string;
  /** Local wall-clock time, `YYYY-MM-DDTHH:mm`. */
  appointmentAt?: string;
  details: InvitationDetails;
  /**
   * The plan version last sent to the coordinator (none once they were told it is taken back), and
   * how many sends there were.
   */
  deliveredVersion?: number;
  /** When that version was delivered (ISO); none before H490 kept it, or once taken back. */
  deliveredAt?: string;
  deliveries: number;
  /**
   * How they were last told the plan is taken back: every earlier card changed so it shows none of
   * it (`changed`), or one left showing it (`unchanged`). None until told; cleared by a delivery.
   */
  takenBackTold?: EarlierCards;
  reviewedVersion?: number;
  createdAt: string;
}

/** Whether every earlier plan card was changed in place so it no longer shows what was taken back. */
export type EarlierCards = 'changed' | 'unchanged';

/** A plan card sent to the lead contact: the id their channel gave it, and the plan version it carried. */
export interface SentCard {
  activityId: string;
  planVersion: number;
}

/**
 * A code claimed, or why not: no such code, used by another record, or free but the record holds
 * another invitation already (a record has one lead contact).
 */
export type ClaimResult =
  { ok: true; invitation: Invitation } | { ok: false; reason: 'unknown' | 'used' | 'other_invitation' };

/** Invitations care coordinators make; each code links at most one person's record. */
export interface InvitationStore {
  /** Stores a new invitation, unless another already has its code. */
  create(invitation: Omit<Invitation, 'deliveries' | 'recordId'>): Promise<'created' | 'code_taken'>;
  get(id: string): Promise<Invitation | null>;
  byCode(code: string): Promise<Invitation | null>;
  /** Links the code to a record, unless another record holds it or the record holds another invitation. */
  claim(code: string, recordId: string): Promise<ClaimResult>;
  /** A coordinator's invitations, soonest appointment first (those with no date last). */
  forCoordinator(coordinatorId: string): Promise<Invitation[]>;
  /** Every invitation, oldest first, a page at a time: at most `limit` after the id `after`. */
  page(options: { after?: string; limit: number }): Promise<Invitation[]>;
  markDelivered(id: string, planVersion: number): Promise<void>;
  /** Records the id the channel gave a plan card sent for the invitation, and the version it carried. */
  cardSent(id: string, planVersion: number, activityId: string): Promise<void>;
  /** The plan cards sent for the invitation, oldest first: those a part taken back since may still show on. */
  cardsSent(id: string): Promise<SentCard[]>;
  /**
   * Records that the coordinator was told the plan is taken back: the copy they were sent is no
   * longer theirs to use, so no version counts as delivered until one is sent again (H284); and
   * whether the cards they were sent earlier were changed so they no longer show it (H447).
   */
  markTakenBack(id: string, earlier: EarlierCards): Promise<void>;
  /**
   * Records a review, only for the coordinator who owns the invitation; the version reviewed
   * only ever goes up (an older card marked later leaves a newer version reviewed).
   */
  markReviewed(id: string, coordinatorId: string, planVersion: number): Promise<boolean>;
}
