import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { startApp, type RunningApp } from '../support/startApp';

/** A raw connection to the app, the time it was closed (from its start) and what the app wrote on it. */
interface Held {
  socket: Socket;
  closedAfterMs?: number;
  answer: string;
}

function open(running: RunningApp, first: string): Held {
  const { port } = new URL(running.baseUrl);
  const socket = connect(Number(port), '127.0.0.1');
  const held: Held = { socket, answer: '' };
  const started = Date.now();
  socket.on('error', () => undefined);
  socket.on('data', (chunk: Buffer) => (held.answer += chunk.toString('latin1')));
  socket.on('close', () => (held.closedAfterMs = Date.now() - started));
  socket.write(first);
  return held;
}

const post = (path: string, length: number): string =>
  `POST ${path} HTTP/1.1\r\nHost: careprep\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

describe('Abuse (hardening 24): requests that trickle in or never finish', function () {
  this.timeout(60_000);
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp();
  });
  afterEach(() => running.stop());

  it('closes within 40 s a request whose body comes a byte a second, whose body stops, or whose headers never end, and keeps serving', async () => {
    const trickling = Array.from({ length: 50 }, () =>
      open(running, `${post('/v3/directline/tokens/generate', 1000)}{`),
    );
    const stalled = Array.from({ length: 50 }, () => open(running, `${post('/api/messages', 100)}{"type":`));
    const endless = Array.from({ length: 50 }, () => open(running, 'GET /healthz HTTP/1.1\r\nHost: careprep\r\n'));
    const drip = setInterval(() => {
      for (const held of trickling) if (!held.socket.destroyed) held.socket.write(' ');
      for (const held of endless) if (!held.socket.destroyed) held.socket.write('X-A: b\r\n');
    }, 1000);
    try {
      const all = [...trickling, ...stalled, ...endless];
      const deadline = Date.now() + 45_000;
      while (all.some((held) => held.closedAfterMs === undefined) && Date.now() < deadline) {
        const health = await fetch(`${running.baseUrl}/healthz`);
        expect(health.status).to.equal(200);
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      for (const held of all) {
        expect(held.closedAfterMs, 'still open').to.be.a('number').and.at.most(40_000);
        expect(held.answer).to.match(/^HTTP\/1\.1 408 /);
      }
    } finally {
      clearInterval(drip);
      for (const held of [...trickling, ...stalled, ...endless]) held.socket.destroy();
    }
  });

  it('keeps a kept-alive connection open between requests longer than the request limit', async () => {
    const held = open(running, 'GET /healthz HTTP/1.1\r\nHost: careprep\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, 41_000));
    held.socket.write('GET /healthz HTTP/1.1\r\nHost: careprep\r\nConnection: close\r\n\r\n');
    await new Promise((resolve) => held.socket.on('close', resolve));
    expect(held.answer.match(/HTTP\/1\.1 200 /g)).to.have.length(2);
  });
});
