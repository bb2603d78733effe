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
  /** POST (a new activity) or PUT (an activity sent before, replaced in place: `updateActivity`). */
  method: string;
  /** For a PUT, the id of the activity it replaces. */
  activityId?: string;
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
  /** Answers for the next PUTs (updates of activities sent before), as `script` for sends. */
  scriptUpdates(answers: readonly ScriptedAnswer[]): void;
  seen(conversationId?: string): SeenRequest[];
  /** Activities accepted (200) for a conversation. */
  delivered(conversationId: string): Record<string, unknown>[];
  /** Activities as they stand in a conversation: each sent one, with any accepted update in its place. */
  shown(conversationId: string): Record<string, unknown>[];
  /** Updates accepted (200) for a conversation, with the id of the activity each replaced. */
  updated(conversationId: string): { activityId: string; activity: Record<string, unknown> }[];
  close(): Promise<void>;
}

const activitiesPath = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?\/?$/;

/**
 * A fake Teams Bot Connector: `POST /v3/conversations/:id/activities[/:replyTo]` (and `PUT` to
 * `/v3/conversations/:id/activities/:activityId`, updating one sent before) answers from a
 * script of status codes (429 with Retry-After, 412, 502, 504…), the way Teams does when it
 * throttles, and records every request so tests can check retries and pacing. `port` 0 (the
 * default) takes a free one; a test gives the one an earlier connector had to bring it back.
 */
export async function startFakeTeamsConnector(port = 0): Promise<FakeTeamsConnector> {
  const seen: SeenRequest[] = [];
  let queue: ScriptedAnswer[] = [];
  let updates: ScriptedAnswer[] = [];
  /** The id given to each activity accepted, in the order seen. */
  const ids = new Map<SeenRequest, string>();
  let nextId = 1;
  let stalls = new Set<number>();
  let stallMs = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const match = activitiesPath.exec((req.url ?? '').split('?')[0]);
      // POST sends (or replies); PUT, to an activity's own path, replaces one sent before.
      const put = req.method === 'PUT' && match?.[2] !== undefined;
      if (!match || !(req.method === 'POST' || put)) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end('{}');
        return;
      }
      const answer = (put ? updates.shift() : queue.shift()) ?? { status: 200 };
      const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      const request: SeenRequest = {
        method: req.method ?? '',
        ...(put ? { activityId: decodeURIComponent(match[2]) } : {}),
        conversationId: decodeURIComponent(match[1]),
        status: answer.hangUp ? 0 : answer.status,
        at: performance.now(),
        activity,
        path: req.url ?? '',
        authorization: req.headers.authorization,
        userAgent: req.headers['user-agent'],
      };
      seen.push(request);
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
      if (answer.status === 200) ids.set(request, put ? String(request.activityId) : `sent-${nextId++}`);
      res.end(answer.status === 200 ? JSON.stringify({ id: ids.get(request) }) : '{"error":{"code":"Scripted"}}');
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
    scriptUpdates: (answers) => {
      updates = [...answers];
    },
    seen: (conversationId) => seen.filter((s) => conversationId === undefined || s.conversationId === conversationId),
    delivered: (conversationId) =>
      seen
        .filter((s) => s.conversationId === conversationId && s.status === 200 && s.method === 'POST')
        .map((s) => s.activity),
    shown: (conversationId) => {
      const accepted = seen.filter((s) => s.conversationId === conversationId && s.status === 200);
      const sent = accepted.filter((s) => s.method === 'POST');
      return sent.map(
        (s) => accepted.filter((u) => u.method === 'PUT' && u.activityId === ids.get(s)).at(-1)?.activity ?? s.activity,
      );
    },
    updated: (conversationId) =>
      seen
        .filter((s) => s.conversationId === conversationId && s.status === 200 && s.method === 'PUT')
        .map((s) => ({ activityId: String(s.activityId), activity: s.activity })),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
