import type { TurnContext } from 'botbuilder';
import { isDirectLineServiceUrl } from '../../channels/directline/directLineBot';
import { smsChannelId } from '../../channels/sms/smsRoutes';
import { tenantOf } from '../../channels/teams/staff';
import type { Reach } from '../../coordination/reach';

/**
 * Where the channel of this turn can be reached later without the person writing first: a text
 * to their number, the built-in Direct Line stream of their chat window (by its conversation id;
 * the connector address holds this process's secret and is never stored), or the conversation
 * through the Bot Framework connector (Teams, Azure's Direct Line). Undefined when the activity
 * does not say enough to reach it.
 */
export function reachOf(context: TurnContext): Reach | undefined {
  const { channelId, serviceUrl, conversation, from, recipient } = context.activity;
  if (!from?.id || !conversation?.id) return undefined;
  if (channelId === smsChannelId) return { kind: 'sms', number: from.id };
  if (isDirectLineServiceUrl(serviceUrl)) return { kind: 'stream', conversationId: conversation.id };
  if (!serviceUrl || !URL.canParse(serviceUrl)) return undefined;
  const tenant = tenantOf(context.activity);
  return {
    kind: 'chat',
    channelId,
    serviceUrl,
    conversationId: conversation.id,
    userId: from.id,
    botId: recipient?.id ?? '',
    ...(tenant ? { tenantId: tenant } : {}),
  };
}
