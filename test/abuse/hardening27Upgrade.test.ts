import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { startApp, type RunningApp } from '../support/startApp';

/** What a raw request got before its connection closed, or undefined when it was still open after `limitMs`. */
interface RawAnswer {
  /** Everything the server wrote on the connection. */
  written: string;
  closed: boolean;
  socket: Socket;
}

/** Sends `head` on a fresh connection and waits for the server to close it, at most `limitMs`. */
function rawRequest(port: number, head: string, limitMs = 5000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(head));
    let written = '';
    socket.on('data', (chunk) => (written += String(chunk)));
    socket.on('error', () => undefined);
    const timer = setTimeout(() => resolve({ written, closed: false, socket }), limitMs);
    socket.once('close', () => {
      clearTimeout(timer);
      resolve({ written, closed: true, socket });
    });
  });
}

const upgrade = (path: string, protocol: string, extra = ''): string =>
  `GET ${path} HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: ${protocol}\r\n${extra}\r\n`;
const websocket = 'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n';

/**
 * Hardening 27 (H324): the service takes no upgraded connections (its Direct Line polls), but
 * restify hands Node's `upgrade` event on to listeners of its own and there are none, so a
 * request asking for a WebSocket (or h2c) got no answer, and its socket was held open for ever:
 * past Node's 30 s request limit (it no longer counts an upgraded socket) and, behind a proxy,
 * outside the per-client request cap, which never sees the request.
 */
describe('Abuse (hardening 27): requests that ask to upgrade the connection', function () {
  this.timeout(60_000);
  let running: RunningApp;
  let port: number;
  const held: Socket[] = [];

  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_MAX_CONNECTIONS_PER_ADDRESS: '20' } });
    port = Number(new URL(running.baseUrl).port);
  });
  afterEach(async () => {
    for (const socket of held.splice(0)) socket.destroy();
    await running.stop();
  });

  for (const [name, head] of [
    [
      'a WebSocket at the Direct Line stream',
      upgrade('/v3/directline/conversations/abc/stream', 'websocket', websocket),
    ],
    ['a WebSocket at /api/messages', upgrade('/api/messages', 'websocket', websocket)],
    ['h2c at /healthz', upgrade('/healthz', 'h2c', 'HTTP2-Settings: AAMAAABkAAQAAP__\r\n')],
  ] as const)
    it(`answers ${name} with a 400 that says why, and closes the connection`, async () => {
      const answer = await rawRequest(port, head);
      held.push(answer.socket);
      expect(answer.written.split('\r\n')[0]).to.equal('HTTP/1.1 400 Bad Request');
      expect(JSON.parse(answer.written.slice(answer.written.indexOf('\r\n\r\n') + 4)))
        .to.have.property('message')
        .that.matches(/upgrade/i);
      expect(answer.closed).to.equal(true);
    });

  it('holds none of 60 upgrade requests from one address open, and still serves that address', async () => {
    const answers = await Promise.all(
      Array.from({ length: 60 }, () =>
        rawRequest(port, upgrade('/v3/directline/conversations/abc/stream', 'websocket', websocket)),
      ),
    );
    held.push(...answers.map((answer) => answer.socket));
    expect(answers.filter((answer) => !answer.closed).length).to.equal(0);
    expect((await fetch(`${running.baseUrl}/healthz`)).status).to.equal(200);
    const generated = await fetch(`${running.baseUrl}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(generated.status).to.equal(200);
  });

  it('still closes a CONNECT at once, as it did', async () => {
    const answer = await rawRequest(port, 'CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n');
    held.push(answer.socket);
    expect(answer.closed).to.equal(true);
    expect(answer.written).to.equal('');
  });
});
