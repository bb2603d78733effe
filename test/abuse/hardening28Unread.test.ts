import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Server } from 'restify';
import { endWithin } from '../../bot/responseDeadline';
import { createServer, serverTimes } from '../../bot/server';
import { silentLogger } from '../../bot/logger';
import { webChatBundlePath } from '../../channels/directline/webChat';
import { startApp, type RunningApp } from '../support/startApp';

const waitMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The connections the app holds open now. */
function openConnections(running: RunningApp): Promise<number> {
  return new Promise((resolve, reject) => {
    running.app.server.server.getConnections((error, count) => (error ? reject(error) : resolve(count)));
  });
}

/** A raw connection that asks for `/webchat.js` and reads nothing after the first bytes of the answer. */
function askAndStop(port: number): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('error', () => undefined);
    socket.once('data', () => {
      socket.pause();
      resolve(socket);
    });
    socket.once('close', () => resolve(socket));
    socket.write('GET /webchat.js HTTP/1.1\r\nHost: careprep\r\n\r\n');
  });
}

/**
 * A raw connection that asks for `/webchat.js` and reads it at about `bytesPerSecond`, pausing after
 * each chunk for as long as the chunk takes at that speed; resolves with how many body bytes came
 * before the connection closed or the answer was whole.
 */
function readSlowly(port: number, bytesPerSecond: number, whole: number): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let head = Buffer.alloc(0);
    let body = -1;
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      if (body < 0) {
        head = Buffer.concat([head, chunk]);
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        body = head.length - end - 4;
      } else body += chunk.length;
      if (body >= whole) {
        socket.destroy();
        resolve(body);
        return;
      }
      socket.pause();
      setTimeout(() => socket.resume(), (chunk.length * 1000) / bytesPerSecond);
    });
    socket.on('close', () => resolve(Math.max(body, 0)));
    socket.write('GET /webchat.js HTTP/1.1\r\nHost: careprep\r\nConnection: close\r\n\r\n');
  });
}

/**
 * Hardening 28 (H18): 200 connections that asked for Web Chat's 3.9 MB bundle and stopped reading
 * stayed open (up to the 256 an address may hold): once the socket's buffers were full nothing
 * timed the answer still being written. An answer must now be on its way within a time that grows
 * with its size, slow enough for a real reader on a poor line.
 */
describe('Abuse (hardening 28): connections that stop reading an answer', function () {
  this.timeout(420_000);
  let running: RunningApp | undefined;
  let held: Socket[] = [];

  afterEach(async () => {
    for (const socket of held) socket.destroy();
    held = [];
    await running?.stop();
    running = undefined;
  });

  // Hardening 29 (H372): a second for each 2 KB, not 16 KB, and a minute with no bytes moving.
  it('gives an answer 30 s and a second for each 2 KB of it to be written, and a minute with no bytes moving', () => {
    expect(serverTimes.responseMs).to.equal(30_000);
    expect(serverTimes.responseBytesPerSecond).to.equal(2 * 1024);
    expect(serverTimes.stallMs).to.equal(60_000);
  });

  it('closes a connection that stops reading an answer larger than its buffers can take', async () => {
    // 32 MB: far more than a loopback socket's buffers take, so the answer is never all written.
    const big = Buffer.alloc(32 * 1024 * 1024, 'a');
    const server: Server = createServer({
      logger: silentLogger,
      routes: [
        (app) =>
          app.get('/big', (_req, res, next) => {
            res.writeHead(200, { 'content-length': String(big.length) });
            endWithin(res, big, { responseMs: 1_000, responseBytesPerSecond: 64 * 1024 * 1024, stallMs: 60_000 });
            next();
          }),
      ],
    });
    await new Promise<void>((resolve) => {
      server.listen(0, '127.0.0.1', () => resolve());
    });
    try {
      const socket = connect({ host: '127.0.0.1', port: server.address().port });
      held = [socket];
      socket.on('error', () => undefined);
      socket.once('data', () => socket.pause());
      socket.write('GET /big HTTP/1.1\r\nHost: careprep\r\n\r\n');
      let open = 1;
      for (let tries = 0; tries < 40 && open > 0; tries += 1) {
        await waitMs(250);
        open = await new Promise<number>((resolve) => server.server.getConnections((_e, count) => resolve(count)));
      }
      expect(open).to.equal(0);
    } finally {
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
      });
    }
  });

  it('closes connections that stop reading /webchat.js, and still serves the page', async () => {
    // Scaled down: 1 s and 8 MB a second, so the 3.9 MB bundle must be written within about 1.5 s;
    // one the sockets' buffers took whole is left idle, and closed as idle after 2 s.
    const times = { ...serverTimes, keepAliveMs: 2_000, responseMs: 1_000, responseBytesPerSecond: 8 * 1024 * 1024 };
    running = await startApp({ overrides: { serverTimes: times } });
    const port = Number(new URL(running.baseUrl).port);
    held = await Promise.all(Array.from({ length: 40 }, () => askAndStop(port)));
    expect(held.filter((socket) => socket.bytesRead > 0)).to.have.length(40);
    let open = 40;
    for (let tries = 0; tries < 60 && open > 0; tries += 1) {
      await waitMs(250);
      open = await openConnections(running);
    }
    expect(open).to.equal(0);
    const whole = readFileSync(webChatBundlePath()).length;
    expect(await readSlowly(port, 64 * 1024 * 1024, whole)).to.equal(whole);
  });

  it('sends the whole bundle to a reader at 20 KB a second, with the service timings', async () => {
    running = await startApp();
    const port = Number(new URL(running.baseUrl).port);
    const whole = readFileSync(webChatBundlePath()).length;
    expect(await readSlowly(port, 20 * 1024, whole)).to.equal(whole);
  });
});
