import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * What a turn said, as the delivery ledger keeps it until it has gone out. The conversation's
 * addressing is left out: a redelivery's own turn puts it back when the replies are sent again,
 * so what is stored is only what the person was told.
 */
const addressing = new Set([
  'id',
  'channelId',
  'serviceUrl',
  'conversation',
  'from',
  'recipient',
  'replyToId',
  'timestamp',
]);

/** The replies as stored, or null when the turn said nothing. */
export function storeReplies(replies: readonly Partial<Activity>[]): string | null {
  if (replies.length === 0) return null;
  return JSON.stringify(
    replies.map((reply) => Object.fromEntries(Object.entries(reply).filter(([field]) => !addressing.has(field)))),
  );
}

const storedSchema = z.array(z.looseObject({ type: z.string() }));

/** Stored replies, ready to send again; none when what was stored is not replies. */
export function storedReplies(stored: string): Partial<Activity>[] {
  try {
    const parsed = storedSchema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}
