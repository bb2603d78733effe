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

/**
 * The first stage of every turn: take the conversation's lock, drop a delivery already
 * processed (same channel, conversation and activity id: Bot Framework retries, Twilio's
 * MessageSid), run the turn, then remember the delivery. Remembering after the turn means a
 * turn cut short by a crash is processed again when redelivered, rather than lost.
 */
export function turnGuards(lock: KeyedLock, ledger: DeliveryLedger, logger: Logger): Middleware {
  return {
    onTurn: (context, next) =>
      lock.run(conversationKey(context), async () => {
        const id = context.activity.id;
        const deliveryKey = id ? `${conversationKey(context)}:${id}` : null;
        if (deliveryKey && (await ledger.seen(deliveryKey))) {
          logger.info('duplicate_dropped', { channel: context.activity.channelId });
          return;
        }
        await next();
        if (deliveryKey) await ledger.remember(deliveryKey);
      }),
  };
}
