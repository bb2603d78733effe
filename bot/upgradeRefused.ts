import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';

/** What a request asking to upgrade its connection is answered: the service takes none (H324). */
const refusal = JSON.stringify({
  error: 'BadRequest',
  message: 'This service does not upgrade connections (WebSocket or other); Web Chat here polls.',
});

/**
 * Answers every request that asks to upgrade its connection (a WebSocket, h2c) with a 400 and
 * closes it. Node hands such a request to `upgrade` listeners and then no longer times or tracks
 * its socket; restify passes the event on to listeners of its own, and there are none, so the
 * request got no answer and its socket stayed open for ever: past the request limit, outside the
 * per-client request cap behind a proxy, and through shutdown, which waited for it. The direct
 * line polls, so nothing here takes an upgrade.
 */
export function refuseUpgrades(server: HttpServer): void {
  server.on('upgrade', (_req: IncomingMessage, socket: Duplex) => {
    socket.on('error', () => undefined);
    // Nothing reads the socket once upgraded, so it is destroyed once the answer is written, or
    // after a second if the client does not take it.
    const timer = setTimeout(() => socket.destroy(), 1000);
    timer.unref();
    socket.end(
      'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${Buffer.byteLength(refusal)}\r\n\r\n${refusal}`,
      () => {
        clearTimeout(timer);
        socket.destroy();
      },
    );
  });
}
