import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Server } from 'restify';
import { endWithin, type ResponseTimes } from '../../bot/responseDeadline';
import { createServer, serverTimes } from '../../bot/server';
import { silentLogger } from '../../bot/logger';
import { webChatBundlePath } from '../../channels/directline/webChat';

const waitMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A server on 127.0.0.1 whose `/big` answers `big` through `endWithin` with `times`. */
async function bigServer(big: Buffer, times: ResponseTimes): Promise<Server> {
  const server: Server = createServer({
    logger: silentLogger,
    routes: [
      (app) =>
        app.get('/big', (_req, res, next) => {
          res.writeHead(200, { 'content-length': String(big.length) });
          endWithin(res, big, times);
          next();
        }),
    ],
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return server;
}

async function stop(server: Server): Promise<void> {
  server.server.closeAllConnections();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
  });
}

/**
 * Asks for `/big` and reads it at about `bytesPerSecond` (pausing after each chunk as long as it
 * takes at that speed); resolves with the body bytes read before the connection closed or all came.
 */
function readAt(
  port: number,
  bytesPerSecond: number,
  whole: number,
  opened: (socket: Socket) => void,
): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    opened(socket);
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
    socket.write('GET /big HTTP/1.1\r\nHost: careprep\r\nConnection: close\r\n\r\n');
  });
}

/**
 * Hardening 29 (H18, H372): an answer had to be written whole within 30 s and a second for each
 * 16 KB, so a person on a poor mobile link reading Web Chat's 3.9 MB bundle at 8 KB a second (about
 * 8 minutes) was cut off after about 4.5 minutes and got a blank page. An answer is now cut when no
 * bytes have moved for a minute (a reader that stopped), within a far longer limit for the whole.
 */
describe('Abuse (hardening 29): slow readers of a large answer', function () {
  this.timeout(120_000);
  let server: Server | undefined;
  let held: Socket[] = [];

  afterEach(async () => {
    for (const socket of held) socket.destroy();
    held = [];
    if (server) await stop(server);
    server = undefined;
  });

  it('gives a reader at 8 KB a second time for the whole Web Chat bundle with the service timings', () => {
    const bundle = readFileSync(webChatBundlePath()).length;
    const times: Partial<ResponseTimes> = serverTimes;
    const wholeMs = serverTimes.responseMs + (bundle * 1000) / serverTimes.responseBytesPerSecond;
    expect(wholeMs).to.be.above(((bundle * 1000) / (8 * 1024)) * 2);
    expect(times.stallMs).to.be.within(30_000, 120_000);
  });

  it('closes a connection whose reader stops, once no bytes have moved for the stall time', async () => {
    // A long limit for the whole (60 s), a short stall (1 s): the reader that stops is closed soon.
    server = await bigServer(Buffer.alloc(32 * 1024 * 1024, 'a'), {
      responseMs: 60_000,
      responseBytesPerSecond: 64 * 1024 * 1024,
      stallMs: 1_000,
    });
    const socket = connect({ host: '127.0.0.1', port: server.address().port });
    held = [socket];
    socket.on('error', () => undefined);
    socket.once('data', () => socket.pause());
    socket.write('GET /big HTTP/1.1\r\nHost: careprep\r\n\r\n');
    let open = 1;
    for (let tries = 0; tries < 40 && open > 0; tries += 1) {
      await waitMs(250);
      open = await new Promise<number>((resolve) => server?.server.getConnections((_e, count) => resolve(count)));
    }
    expect(open).to.equal(0);
  });

  it('keeps writing to a steady reader, however the buffers take it, until all is read', async () => {
    const big = Buffer.alloc(48 * 1024 * 1024, 'b');
    server = await bigServer(big, { responseMs: 60_000, responseBytesPerSecond: 64 * 1024 * 1024, stallMs: 1_500 });
    const read = await readAt(server.address().port, 12 * 1024 * 1024, big.length, (socket) => held.push(socket));
    expect(read).to.equal(big.length);
  });
});
