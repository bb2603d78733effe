import type { OutboundActivity } from '../../coordination/outbound';
import type { StreamStore } from '../../storage/streamStore';

/** Where the built-in Direct Line 3.0 lives; Web Chat's `domain`. */
export const directLineBase = '/v3/directline';

/** Where the bot's replies to the built-in Direct Line are posted, under a per-process secret. */
export const connectorBase = `${directLineBase}/connector/`;

/** True when a turn's service URL is the built-in Direct Line's own connector (not Azure's). */
export function isDirectLineServiceUrl(serviceUrl: string | undefined): boolean {
  if (!serviceUrl) return false;
  try {
    return new URL(serviceUrl).pathname.startsWith(connectorBase);
  } catch {
    return false;
  }
}

/** The URL of the connector at `path` on the server listening at `address` (any address: loopback). */
export function connectorUrl(address: { address: string; family: string; port: number }, path: string): string {
  const host =
    address.family === 'IPv6'
      ? `[${address.address === '::' ? '::1' : address.address}]`
      : address.address === '0.0.0.0'
        ? '127.0.0.1'
        : address.address;
  return `http://${host}:${address.port}${path}`;
}

/** Who the bot is in the built-in Direct Line's streams. */
export function directLineBot(botAppId: string): { id: string; name: string; role: string } {
  return { id: botAppId || 'careprep-bot', name: 'Careprep', role: 'bot' };
}

/**
 * Adds a message the bot starts itself (a notice) to a conversation's stream, as a reply would
 * be, in the store every instance serving the Direct Line reads; false when the store no longer
 * holds that stream (forgotten unread, or never there).
 */
export function streamPoster(
  streams: StreamStore,
  botAppId: string,
): (conversationId: string, activity: OutboundActivity) => Promise<boolean> {
  const bot = directLineBot(botAppId);
  return async (conversationId, activity) =>
    (await streams.append(conversationId, { ...activity, from: bot })) !== undefined;
}
