import { z } from 'zod';

/**
 * The least an incoming activity must have before the SDK sees it. Everything else passes
 * through untouched: the SDK and the dialogs read the rest defensively.
 */
export const incomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(64),
  id: z.string().max(256).optional(),
  channelId: z.string().min(1).max(64).optional(),
  serviceUrl: z.string().max(2048).optional(),
  // Well above the longest answer kept (20,000 characters), so a longer one reaches the chat and
  // is refused there in words, not dropped here without a reply.
  text: z.string().max(100_000).optional(),
  conversation: z.looseObject({ id: z.string().min(1).max(512) }),
  from: z.looseObject({ id: z.string().min(1).max(512) }).optional(),
  recipient: z.looseObject({ id: z.string().max(512) }).optional(),
});
