import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake connector saw, with the status it answered. */
export interface SeenRequest {
  conversationId: string;
  status: number;
  /** `performance.now()` on arrival. */
  at: number;
  activity: Record<string, unknown>;
  /** The request path, ids encoded as sent. */
  path: string;
  authorization?: string;
  userAgent?: string;
}

/** A scripted answer: a status and, for throttling, a Retry-After header. */
export interface ScriptedAnswer {
  status: number;
  retryAfter?: string;
  /** Drop the connection instead of answering, as a failing network does. */
  hangUp?: boolean;
  /**
   * Runs once the request is read and recorded, before answering: a test kills the sender here,
   * as an instance that dies while the connector still has its reply in hand.
   */
  before?: () => Promise<void>;
}

/** The Bot Connector's send endpoints on loopback, answering from a script (then 200). */
/** The most of `times` (ms) that fall within any one second: how fast sends reached a chat. */
export function busiestSecond(times: readonly number[]): number {
  return Math.max(...times.map((start) => times.filter((t) => t >= start && t < start + 1000).length));
}

export interface FakeTeamsConnector {
  serviceUrl: string;
  /** Answers for the next requests, in order; after the script runs out every request gets 200. */
  script(answers: readonly ScriptedAnswer[]): void;
  /**
   * Holds up this whole process for `ms` right after each of the given requests arrives (1: the
   * first), as other work on a busy instance does: no timer, reply or request runs meanwhile.
   */
  stallAfter(requests: readonly number[], ms: number): void;
  seen(conversationId?: string): SeenRequest[];
  /** Activities accepted (200) for a conversation. */
  delivered(conversationId: string): Record<string, unknown>[];
  close(): Promise<void>;
}

const activitiesPath = /^\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?\/?$/;

/**
 * A fake Teams Bot Connector: `POST /v3/conversations/:id/activities[/:replyTo]` answers from a
 * script of status codes (429 with Retry-After, 412, 502, 504…), the way Teams does when it
 * throttles, and records every request so tests can check retries and pacing. `port` 0 (the
 * default) takes a free one; a test gives the one an earlier connector had to bring it back.
 */
export async function startFakeTeamsConnector(port = 0): Promise<FakeTeamsConnector> {
  const seen: SeenRequest[] = [];
  let queue: ScriptedAnswer[] = [];
  let nextId = 1;
  let stalls = new Set<number>();
  let stallMs = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const match = req.method === 'POST' ? activitiesPath.exec((req.url ?? '').split('?')[0]) : null;
      if (!match) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{}');
        return;
      }
      const answer = queue.shift() ?? { status: 200 };
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      seen.push({
        conversationId: decodeURIComponent(match[1]),
        status: answer.hangUp ? 0 : answer.status,
        at: performance.now(),
        activity,
        path: req.url ?? '',
        authorization: req.headers.authorization,
        userAgent: req.headers['user-agent'],
      });
      if (stalls.has(seen.length)) {
        const until = performance.now() + stallMs;
        while (performance.now() < until);
      }
      await answer.before?.();
      if (answer.hangUp) {
        req.socket.destroy();
        return;
      }
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (answer.retryAfter !== undefined) headers['retry-after'] = answer.retryAfter;
      res.writeHead(answer.status, headers);
      res.end(answer.status === 200 ? JSON.stringify({ id: `sent-${nextId++}` }) : '{"error":{"code":"Scripted"}}');
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  const listening = (server.address() as AddressInfo).port;
  return {
    serviceUrl: `http://127.0.0.1:${listening}`,
    script: (answers) => {
      queue = [...answers];
    },
    stallAfter: (requests, ms) => {
      stalls = new Set(requests);
      stallMs = ms;
    },
    seen: (conversationId) => seen.filter((s) => conversationId === undefined || s.conversationId === conversationId),
    delivered: (conversationId) =>
      seen.filter((s) => s.conversationId === conversationId && s.status === 200).map((s) => s.activity),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
