import { z } from 'zod';

/**
 * Where to reach a coordinator in Teams without them writing first: the Bot Framework
 * conversation reference fields a proactive send needs.
 */
export const coordinatorReferenceSchema = z.object({
  serviceUrl: z.url(),
  conversationId: z.string().min(1),
  botId: z.string(),
  userId: z.string().min(1),
  tenantId: z.string().optional(),
});
export type CoordinatorReference = z.infer<typeof coordinatorReferenceSchema>;

/** Coordinators' conversation references, by AAD object id. */
export interface CoordinatorStore {
  save(coordinatorId: string, reference: CoordinatorReference): Promise<void>;
  get(coordinatorId: string): Promise<CoordinatorReference | null>;
}
