import { request } from 'node:http';

/** What one request got: its status, its body and how long it took. */
export interface TimedAnswer {
  status: number;
  body: string;
  ms: number;
}

/**
 * One request to the app on 127.0.0.1 on a fresh connection (no agent), read to its end, with a
 * 10 s limit: from another local address (`localAddress`), or as a client behind the proxy
 * (`headers`: X-Forwarded-For).
 */
export function timedRequest(
  port: number,
  path: string,
  options: { method?: string; localAddress?: string; headers?: Record<string, string> } = {},
): Promise<TimedAnswer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, agent: false, ...options }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: Date.now() - started }));
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error('timed out')));
    req.end();
  });
}
