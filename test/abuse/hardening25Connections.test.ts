import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { startApp, type RunningApp } from '../support/startApp';
import { timedRequest } from '../support/timedRequest';

/** A raw socket from `localAddress` to the app, open (or failed) before it resolves. */
function openSocket(port: number, localAddress: string): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port, localAddress });
    socket.on('error', () => undefined);
    socket.once('connect', () => resolve(socket));
    socket.once('close', () => resolve(socket));
  });
}

/** One request on a fresh connection from `localAddress`. */
const get = (port: number, path: string, localAddress: string, method = 'GET') =>
  timedRequest(port, path, { localAddress, method });

const waitMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Hardening 25 (H223): one address could hold thousands of open sockets. Past
 * CAREPREP_MAX_CONNECTIONS_PER_ADDRESS, an address's further connections are refused quickly
 * (429, or closed within a few seconds when they send nothing); /healthz is still answered on
 * them, and every other address is served as before.
 */
describe('Abuse (hardening 25): one address opens many sockets at once', function () {
  this.timeout(60_000);
  let running: RunningApp;
  let held: Socket[] = [];
  let port: number;

  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_MAX_CONNECTIONS_PER_ADDRESS: '20' } });
    port = Number(new URL(running.baseUrl).port);
  });
  afterEach(async () => {
    for (const socket of held) socket.destroy();
    held = [];
    await running.stop();
  });

  it('keeps that address to its cap, closing the silent rest within seconds', async () => {
    held = await Promise.all(Array.from({ length: 60 }, () => openSocket(port, '127.0.0.1')));
    await waitMs(3000);
    const open = held.filter((socket) => !socket.destroyed && socket.readyState === 'open').length;
    expect(open).to.equal(20);
  });

  it('answers a further request from that address with a quick 429 and a message, but /healthz with 200', async () => {
    held = await Promise.all(Array.from({ length: 30 }, () => openSocket(port, '127.0.0.1')));
    const refused = await get(port, '/v3/directline/tokens/generate', '127.0.0.1', 'POST');
    expect(refused.status).to.equal(429);
    expect(JSON.parse(refused.body))
      .to.have.property('message')
      .that.matches(/too many connections/i);
    expect(refused.ms).to.be.below(1000);
    const health = await get(port, '/healthz', '127.0.0.1');
    expect(health.status).to.equal(200);
  });

  it('serves another address as before, and the first address again once its sockets close', async () => {
    held = await Promise.all(Array.from({ length: 30 }, () => openSocket(port, '127.0.0.1')));
    expect((await get(port, '/', '127.0.0.2')).status).to.equal(200);
    for (const socket of held) socket.destroy();
    await waitMs(200);
    expect((await get(port, '/', '127.0.0.1')).status).to.equal(200);
  });
});
