import { z } from 'zod';

/**
 * The least an incoming activity must have before the SDK sees it. Every Bot Framework channel
 * sends a channel id and a sender; without them the SDK and the session cannot key the turn, so
 * such a body is refused here with 400 rather than failing inside the turn. Everything else
 * passes through untouched: the SDK and the dialogs read the rest defensively.
 */
export const incomingActivitySchema = z
  .looseObject({
    type: z.string().min(1).max(64),
    id: z.string().max(256).optional(),
    channelId: z.string().min(1).max(64),
    serviceUrl: z.string().max(2048).optional(),
    // Well above the longest answer kept (20,000 characters), so a longer one reaches the chat and
    // is refused there in words, not dropped here without a reply.
    text: z.string().max(100_000).optional(),
    conversation: z.looseObject({ id: z.string().min(1).max(512) }),
    from: z.looseObject({ id: z.string().min(1).max(512) }),
    recipient: z.looseObject({ id: z.string().max(512) }).optional(),
    deliveryMode: z.string().max(64).optional(),
  })
  // Replies go to the service URL, unless they come back in the response (expectReplies).
  .refine((activity) => activity.serviceUrl !== undefined || activity.deliveryMode === 'expectReplies', {
    message: 'serviceUrl is required',
    path: ['serviceUrl'],
  });
