import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A reply the bot sent through the Bot Connector API, as received. */
export interface ConnectorReply {
  conversationId: string;
  /** The activity it answers (`replyToActivity`), or undefined for `sendToConversation`. */
  replyToId?: string;
  activity: Record<string, unknown>;
  /** `performance.now()` when it arrived. */
  receivedAt: number;
}

/** The Bot Connector endpoints the SDK calls to reply, on loopback, recording what arrives. */
export interface FakeConnector {
  /** Use as the incoming activity's `serviceUrl`: `http://127.0.0.1:<port>`. */
  serviceUrl: string;
  /** Replies received for one conversation, in order of arrival. */
  replies(conversationId: string): readonly ConnectorReply[];
  /** Replies received across all conversations. */
  count(): number;
  /** Forgets every conversation's replies (between benchmark runs). */
  clear(): void;
  close(): Promise<void>;
}

const activitiesPath = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;
const maxBody = 1024 * 1024;

// Not chained: restify patches `ServerResponse.prototype.writeHead` process-wide and its version
// does not return the response.
function send(res: ServerResponse, status: number, json: string): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(json);
}

/**
 * Starts a fake Bot Connector on 127.0.0.1 with an ephemeral port. It implements
 * `POST /v3/conversations/:conversationId/activities/:activityId` (replyToActivity) and
 * `POST /v3/conversations/:conversationId/activities` (sendToConversation), answering
 * `{ id }` as the real service does; anything else gets 404. With Bot Framework auth off the
 * SDK sends no token, so none is checked.
 */
export async function startFakeConnector(): Promise<FakeConnector> {
  const byConversation = new Map<string, ConnectorReply[]>();
  let total = 0;
  let nextId = 1;

  const handle = (req: IncomingMessage, res: ServerResponse, body: string): void => {
    const match = req.method === 'POST' ? activitiesPath.exec((req.url ?? '').split('?')[0]) : null;
    if (!match) {
      send(res, 404, '{"error":"NotFound"}');
      return;
    }
    let activity: unknown;
    try {
      activity = JSON.parse(body);
    } catch {
      activity = undefined;
    }
    if (!activity || typeof activity !== 'object') {
      send(res, 400, '{"error":"BadRequest"}');
      return;
    }
    const conversationId = decodeURIComponent(match[1]);
    const reply: ConnectorReply = {
      conversationId,
      replyToId: match[2] === undefined ? undefined : decodeURIComponent(match[2]),
      activity: activity as Record<string, unknown>,
      receivedAt: performance.now(),
    };
    const list = byConversation.get(conversationId) ?? [];
    list.push(reply);
    byConversation.set(conversationId, list);
    total += 1;
    send(res, 200, JSON.stringify({ id: `reply-${nextId++}` }));
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBody) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBody) {
        send(res, 413, '{"error":"TooLarge"}');
        return;
      }
      handle(req, res, Buffer.concat(chunks).toString('utf8'));
    });
  });
  // The SDK keeps connections alive; many concurrent conversations need more than the default.
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}`,
    replies: (conversationId) => byConversation.get(conversationId) ?? [],
    count: () => total,
    clear: () => {
      byConversation.clear();
      total = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
