import { randomUUID } from 'node:crypto';
import { screenOnlyMark } from '../../bot/screenOnly';

/**
 * The turn that screens the part of a message too long to read (H320), from `userId` in
 * `conversationId` to `bot`: marked so that only the safety guards read it, never the conversation.
 */
export function screenOnlyTurn(
  conversationId: string,
  userId: string,
  bot: { id: string; role: string },
  screened: string,
  at: Date,
): Record<string, unknown> {
  return {
    type: 'message',
    id: randomUUID(),
    channelId: 'webchat',
    conversation: { id: conversationId },
    from: { id: userId, role: 'user' },
    recipient: bot,
    text: screened,
    timestamp: at.toISOString(),
    channelData: { [screenOnlyMark]: true },
    attachments: [],
  };
}
