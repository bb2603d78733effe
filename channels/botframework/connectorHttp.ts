import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/**
 * One HTTP attempt's outcome: the id the connector gave the activity, or its status (0: no
 * answer). `unreached` when no connection to the connector was ever made, so nothing of the
 * request left: unlike a timeout or a connection cut later, it cannot have been delivered.
 */
export type Attempt = { ok: true; id: string } | { ok: false; status: number; retryAfterMs?: number; unreached?: true };

/**
 * Makes a send at the moment it may go: calls `send` in the same run of code that decided so, so
 * no timer, reply or other work comes between the two, and resolves once it has.
 */
export type WriteGate = (send: () => void) => Promise<void>;

/** A connector answers `{ "id": … }` or a short error; anything longer is not read. */
const maxAnswerBytes = 64 * 1024;

/**
 * Posts activities to a Bot Connector REST endpoint as JSON over kept-alive connections, with a
 * time limit on each attempt. One plain request per activity: the SDK's client runs each reply
 * through a general-purpose pipeline (model serializer, tracing, policies) that costs more CPU
 * and memory per turn than the rest of the reply path together.
 */
export class ConnectorHttp {
  private readonly agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

  constructor(private readonly timeoutMs: number) {}

  /**
   * POSTs `body` (JSON) to `url`, with a bearer token when one is given. With a gate, the
   * connection is opened first and the request written only when the gate lets it through, so
   * the moment it was let through is the moment it leaves. `written` is called once the whole
   * request has been handed to the operating system, before any answer. Never throws, but
   * passes on the gate's failure.
   */
  post(url: string, body: string, token: string | undefined, gate?: WriteGate, written?: () => void): Promise<Attempt> {
    return this.request('POST', url, body, token, gate, written);
  }

  /** PUTs `body` (JSON) to `url`, as `post` does: how the connector replaces an activity sent before (`updateActivity`). */
  put(url: string, body: string, token: string | undefined, gate?: WriteGate): Promise<Attempt> {
    return this.request('PUT', url, body, token, gate);
  }

  private request(
    method: 'POST' | 'PUT',
    url: string,
    body: string,
    token: string | undefined,
    gate?: WriteGate,
    written?: () => void,
  ): Promise<Attempt> {
    return new Promise((resolve, reject) => {
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        resolve({ ok: false, status: 0 });
        return;
      }
      const secure = target.protocol === 'https:';
      const headers: Record<string, string | number> = {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        accept: 'application/json',
      };
      if (token) headers.authorization = `Bearer ${token}`;
      const request = (secure ? httpsRequest : httpRequest)(
        target,
        { method, headers, agent: secure ? this.agents.https : this.agents.http },
        (response) => readAnswer(response, resolve),
      );
      request.setTimeout(this.timeoutMs, () => request.destroy(new Error('The connector did not answer in time.')));
      let connected = false;
      request.once('socket', (socket) => {
        if (!socket.connecting) connected = true;
        else socket.once('connect', () => (connected = true));
      });
      request.on('error', () =>
        resolve(connected ? { ok: false, status: 0 } : { ok: false, status: 0, unreached: true }),
      );
      if (written) request.once('finish', written);
      // Node sends nothing, headers included, until the body is ended.
      const write = (): void => {
        if (!request.destroyed) request.end(body);
      };
      if (!gate) {
        write();
        return;
      }
      request.once('socket', (socket) => {
        const ready = (): void => {
          gate(write).catch((error: unknown) => {
            reject(error instanceof Error ? error : new Error(String(error)));
            request.destroy();
          });
        };
        if (socket.connecting) socket.once(secure ? 'secureConnect' : 'connect', ready);
        else ready();
      });
    });
  }

  /** Closes kept-alive connections. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }
}

function readAnswer(response: IncomingMessage, resolve: (attempt: Attempt) => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  response.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= maxAnswerBytes) chunks.push(chunk);
  });
  response.on('error', () => resolve({ ok: false, status: 0 }));
  response.on('end', () => {
    const status = response.statusCode ?? 0;
    if (status >= 200 && status < 300) {
      resolve({ ok: true, id: idIn(Buffer.concat(chunks).toString('utf8')) });
      return;
    }
    const header = response.headers['retry-after'];
    resolve({ ok: false, status, retryAfterMs: retryAfter(typeof header === 'string' ? header : null) });
  });
}

/** The `id` of a `{ "id": … }` answer; empty when the connector gave none. */
function idIn(text: string): string {
  if (!text) return '';
  try {
    const parsed: unknown = JSON.parse(text);
    if (!parsed || typeof parsed !== 'object' || !('id' in parsed)) return '';
    const { id } = parsed;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : '';
  } catch {
    return '';
  }
}

/**
 * The Bot Connector URL for a conversation's activities (`sendToConversation`), or for a reply to
 * one of them (`replyToActivity`): ids encoded with `encodeURIComponent`, as the SDK's client does.
 */
export function activitiesUrl(serviceUrl: string, conversationId: string, replyToId?: string): string {
  const base = `${serviceUrl.replace(/\/+$/, '')}/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
  return replyToId ? `${base}/${encodeURIComponent(replyToId)}` : base;
}

/** Retry-After as seconds or an HTTP date, in milliseconds from now. */
export function retryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
