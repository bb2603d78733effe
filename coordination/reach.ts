import { z } from 'zod';

/**
 * Where a channel a person already uses can be reached without them writing first: a phone by
 * text, a conversation through the Bot Framework connector (Teams, Azure's Direct Line), or a
 * stream of the built-in Direct Line, by its conversation id alone: the stream is in the
 * Direct Line's own store, and the per-process secret its replies are posted through is never
 * stored.
 */
export const reachSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sms'), number: z.string().min(1) }),
  z.object({
    kind: z.literal('chat'),
    channelId: z.string().min(1),
    serviceUrl: z.url(),
    conversationId: z.string().min(1),
    userId: z.string().min(1),
    botId: z.string(),
    tenantId: z.string().optional(),
  }),
  z.object({ kind: z.literal('stream'), conversationId: z.string().min(1) }),
]);
export type Reach = z.infer<typeof reachSchema>;
