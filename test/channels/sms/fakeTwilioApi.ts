import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake Twilio REST API received. */
export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string;
  form: Record<string, string>;
  /** What it was answered: 201 when taken, a refusal's status, or undefined when the connection was cut. */
  status?: number;
}

/** How the fake answers one request: a refusal's status, or 'reset' (the connection cut once it has the request). */
export type FakeTwilioOutcome = number | 'reset';

/**
 * Twilio's Messages REST endpoint on loopback: records each request and answers 201 with a sid,
 * or as `script` says for the next requests (a refusal, or a connection cut after the request).
 */
export async function startFakeTwilioApi(): Promise<{
  url: string;
  requests: RecordedRequest[];
  /** Answers the next requests with these, in order, then 201 again. */
  script(outcomes: readonly FakeTwilioOutcome[]): void;
  close(): Promise<void>;
}> {
  const requests: RecordedRequest[] = [];
  const scripted: FakeTwilioOutcome[] = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('end', () => {
      const outcome = scripted.shift() ?? 201;
      requests.push({
        method: req.method ?? '',
        path: req.url ?? '',
        authorization: req.headers.authorization ?? '',
        form: Object.fromEntries(new URLSearchParams(raw)),
        status: outcome === 'reset' ? undefined : outcome,
      });
      if (outcome === 'reset') {
        req.socket.destroy();
        return;
      }
      if (outcome !== 201) {
        res.writeHead(outcome, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ code: 20500, message: 'refused' }));
        return;
      }
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ sid: `SM${String(requests.length).padStart(32, '0')}`, status: 'queued' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    script: (outcomes) => void scripted.push(...outcomes),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
