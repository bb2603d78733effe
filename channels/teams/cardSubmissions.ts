/**
 * What the coordinator cards' buttons send back (`activity.value`), read with zod before anything
 * is done with it: the invitation card, and a plan card's "full plan" and "Mark as reviewed".
 */
import { z } from 'zod';
import { cardActions } from './coordinatorCards';

const inviteSubmit = z.object({
  careprep: z.literal(cardActions.invite),
  name: z.string().optional(),
  mobile: z.string().optional(),
  nhsNumber: z.string().optional(),
  when: z.string().optional(),
  date: z.string().optional(),
  time: z.string().optional(),
  conditions: z.union([z.string(), z.array(z.string())]).optional(),
  /** Sent by the button that goes on without topics for conditions no pack covers. */
  withoutTopics: z.boolean().optional(),
});
/** A plan card's "full plan" and "Mark as reviewed" buttons. */
const planSubmit = z.object({
  careprep: z.enum([cardActions.fullPlan, cardActions.reviewed]),
  invitationId: z.string().min(1).max(100),
  /** Read with `planVersionSchema` when marking: a card with a broken version is told so. */
  planVersion: z.unknown().optional(),
});
/** A plan version on a card's "Mark as reviewed" button. */
export const planVersionSchema = z.coerce.number().int().min(1);
/** Any of the coordinator cards' buttons, told apart by `careprep`. */
export const cardSubmit = z.union([inviteSubmit, planSubmit]);

/** The invitation card as submitted, its fields as typed. */
export type InviteSubmit = z.infer<typeof inviteSubmit>;
