import type { ConversationState, TurnContext } from 'botbuilder';
import type { Conversation } from '../dialogs/conversation';
import { messageText } from '../dialogs/messageText';
import type { RecordSessions } from './sessions';

/** A check that may answer a message before the conversation sees it (the crisis guard). */
export interface MessageGuard {
  /** True when it replied and the turn must go no further. */
  handle(context: TurnContext, text: string): Promise<boolean>;
}

export { messageText };

/**
 * The bot's turn after the transport guards (lock, duplicates): open the person's record, let
 * the safety guards look at the message first, then run the conversation and save its state.
 */
export class CareprepBot {
  constructor(
    private readonly deps: {
      conversationState: ConversationState;
      sessions: RecordSessions;
      conversation: Conversation;
      guards: readonly MessageGuard[];
    },
  ) {}

  async onTurn(context: TurnContext): Promise<void> {
    const { activity } = context;
    const joined =
      activity.type === 'conversationUpdate' &&
      (activity.membersAdded ?? []).some((member) => member.id !== activity.recipient?.id);
    if (activity.type !== 'message' && !joined) return;
    await this.deps.sessions.open(context);
    const text = activity.type === 'message' ? (messageText(context) ?? '') : undefined;
    let handled = false;
    if (text !== undefined) {
      for (const guard of this.deps.guards) {
        if (await guard.handle(context, text)) {
          handled = true;
          break;
        }
      }
    }
    if (!handled) await this.deps.conversation.run(context, text);
    await this.deps.conversationState.saveChanges(context);
  }
}
