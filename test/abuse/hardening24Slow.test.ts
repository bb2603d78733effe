import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { serverTimes } from '../../bot/server';
import { startApp, type RunningApp } from '../support/startApp';

/**
 * The service's timings scaled down 15 times (2 s for a request to arrive whole, 4.3 s kept alive,
 * checked every 0.33 s), so the behaviour is seen in seconds: the same server, the same settings.
 */
const times = { requestMs: 2_000, keepAliveMs: 4_333, requestCheckMs: 333 };

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
  this.timeout(20_000);
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp({ overrides: { serverTimes: times } });
  });

  it('gives a request 30 s to arrive whole and keeps an idle connection 65 s, checked every 5 s', () => {
    expect(serverTimes).to.include({ requestMs: 30_000, keepAliveMs: 65_000, requestCheckMs: 5_000 });
  });
  afterEach(() => running.stop());

  it('closes within the limit and one check a request whose body trickles in a byte at a time, whose body stops, or whose headers never end, and keeps serving', async () => {
    const trickling = Array.from({ length: 50 }, () =>
      open(running, `${post('/v3/directline/tokens/generate', 1000)}{`),
    );
    const stalled = Array.from({ length: 50 }, () => open(running, `${post('/api/messages', 100)}{"type":`));
    const endless = Array.from({ length: 50 }, () => open(running, 'GET /healthz HTTP/1.1\r\nHost: careprep\r\n'));
    const drip = setInterval(() => {
      for (const held of trickling) if (!held.socket.destroyed) held.socket.write(' ');
      for (const held of endless) if (!held.socket.destroyed) held.socket.write('X-A: b\r\n');
    }, 200);
    try {
      const all = [...trickling, ...stalled, ...endless];
      const deadline = Date.now() + 3 * times.requestMs;
      while (all.some((held) => held.closedAfterMs === undefined) && Date.now() < deadline) {
        const health = await fetch(`${running.baseUrl}/healthz`);
        expect(health.status).to.equal(200);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
      for (const held of all) {
        expect(held.closedAfterMs, 'still open')
          .to.be.a('number')
          .and.at.most(times.requestMs + 2 * times.requestCheckMs + 1_000);
        expect(held.answer).to.match(/^HTTP\/1\.1 408 /);
      }
    } finally {
      clearInterval(drip);
      for (const held of [...trickling, ...stalled, ...endless]) held.socket.destroy();
    }
  });

  it('keeps a kept-alive connection open between requests longer than the request limit', async () => {
    const held = open(running, 'GET /healthz HTTP/1.1\r\nHost: careprep\r\n\r\n');
    await new Promise((resolve) => setTimeout(resolve, times.requestMs + 2 * times.requestCheckMs + 500));
    held.socket.write('GET /healthz HTTP/1.1\r\nHost: careprep\r\nConnection: close\r\n\r\n');
    await new Promise((resolve) => held.socket.on('close', resolve));
    expect(held.answer.match(/HTTP\/1\.1 200 /g)).to.have.length(2);
  });
});
