import { createHash } from 'node:crypto';
import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import type { KeyedLock } from './conversationLock';

/** Remembers which deliveries were processed, durably, so a redelivery is not processed twice. */
export interface DeliveryLedger {
  seen(key: string): Promise<boolean>;
  remember(key: string): Promise<void>;
}

function conversationKey(context: TurnContext): string {
  const { channelId, conversation } = context.activity;
  return `${channelId}:${conversation.id}`;
}

/** The ledger key of a channel delivery: channel, conversation and activity id (or Twilio's MessageSid). */
export function deliveryKey(channelId: string, conversationId: string, activityId: string): string {
  return `${channelId}:${conversationId}:${activityId}`;
}

/**
 * The keys a delivery is known by: its activity id, and the id Web Chat gives what it sends
 * (`channelData.clientActivityID`), scoped to the sender. A client that resends after a lost
 * response posts the same client id under a new activity id (and, after a restart, in a new
 * conversation), so only the second key catches it.
 */
function deliveryKeys(context: TurnContext): string[] {
  const { activity } = context;
  const keys: string[] = [];
  if (activity.id) keys.push(deliveryKey(activity.channelId, activity.conversation.id, activity.id));
  const channelData: unknown = activity.channelData;
  const clientId =
    channelData && typeof channelData === 'object' && 'clientActivityID' in channelData
      ? channelData.clientActivityID
      : undefined;
  // Hashed: the sender's id may be a phone number, which must not be a key in the clear.
  if (typeof clientId === 'string' && clientId !== '' && activity.from?.id)
    keys.push(
      `client:${createHash('sha256').update(`${activity.channelId}\u0000${activity.from.id}\u0000${clientId}`).digest('hex')}`,
    );
  return keys;
}

/**
 * The first stage of every turn: take the conversation's lock, drop a delivery already
 * processed (same channel, conversation and activity id: Bot Framework retries, Twilio's
 * MessageSid; or the same client activity id from the same sender: Web Chat's resends), run the
 * turn, then remember the delivery. Remembering after the turn means a
 * turn cut short by a crash is processed again when redelivered, rather than lost.
 */
export function turnGuards(lock: KeyedLock, ledger: DeliveryLedger, logger: Logger): Middleware {
  return {
    onTurn: (context, next) =>
      lock.run(conversationKey(context), async () => {
        const keys = deliveryKeys(context);
        for (const key of keys) {
          if (await ledger.seen(key)) {
            logger.info('duplicate_dropped', { channel: context.activity.channelId });
            return;
          }
        }
        await next();
        for (const key of keys) await ledger.remember(key);
      }),
  };
}
