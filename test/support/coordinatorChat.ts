import { BotClient, type ActivityFields } from './botClient';

/** A care coordinator in Teams: their Entra object id and their personal chat with the bot. */
export interface TeamsCoordinator {
  aad: string;
  conversation: string;
}

/**
 * Posts to the app as `coordinator` in their personal Teams chat, replies going to the fake
 * connector at `serviceUrl`: each activity is sent from them, to the bot, in that chat.
 */
export function coordinatorChat(baseUrl: string, serviceUrl: string, coordinator: TeamsCoordinator) {
  const client = new BotClient(baseUrl, {
    channelId: 'msteams',
    serviceUrl,
    conversationId: coordinator.conversation,
    userId: `29:${coordinator.aad}`,
  });
  const from = { id: `29:${coordinator.aad}`, name: 'Dr Sam Patel', aadObjectId: coordinator.aad };
  return {
    post: (activity: ActivityFields) =>
      client.post({
        from,
        recipient: { id: '28:careprep-bot', name: 'Careprep' },
        conversation: { id: coordinator.conversation, conversationType: 'personal' },
        ...activity,
      }),
  };
}
