import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { startApp, type RunningApp } from '../support/startApp';
import { timedRequest } from '../support/timedRequest';

/**
 * A request held in flight through the proxy for `client`: its headers sent with the forwarded
 * address, its body never, as a client trickling a body through a proxy that does not buffer it.
 */
function heldRequest(port: number, client: string): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.write(
        'POST /v3/directline/tokens/generate HTTP/1.1\r\nHost: careprep\r\n' +
          `X-Forwarded-For: ${client}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n`,
      );
      resolve(socket);
    });
  });
}

/** One request through the "proxy" (loopback) for `client`. */
const get = (port: number, path: string, client: string) =>
  timedRequest(port, path, { headers: { 'x-forwarded-for': client } });

const waitMs = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Hardening 26 (H265): behind a trusted proxy every connection comes from the proxy, so the cap
 * per address (H223) was off there by default, and when set it counted the proxy: every client
 * together. Behind the proxy the cap counts each client's requests in flight by the forwarded
 * address the rate limits trust.
 */
describe('Abuse (hardening 26): one client behind the trusted proxy holds many requests at once', function () {
  this.timeout(60_000);
  let running: RunningApp;
  let held: Socket[] = [];
  let port: number;

  const start = async (env: Record<string, string>): Promise<void> => {
    running = await startApp({ env: { CAREPREP_TRUSTED_PROXY_HOPS: '1', ...env } });
    port = Number(new URL(running.baseUrl).port);
  };
  afterEach(async () => {
    for (const socket of held) socket.destroy();
    held = [];
    await running.stop();
  });

  it('refuses that client past the cap with a quick 429, serves another client through the same proxy, and /healthz', async () => {
    await start({ CAREPREP_MAX_CONNECTIONS_PER_ADDRESS: '20' });
    held = await Promise.all(Array.from({ length: 20 }, () => heldRequest(port, '203.0.113.7')));
    await waitMs(300);
    const refused = await get(port, '/', '203.0.113.7');
    expect(refused.status).to.equal(429);
    expect(JSON.parse(refused.body))
      .to.have.property('message')
      .that.matches(/too many/i);
    expect(refused.ms).to.be.below(1000);
    expect((await get(port, '/', '203.0.113.8')).status).to.equal(200);
    expect((await get(port, '/healthz', '203.0.113.7')).status).to.equal(200);
    for (const socket of held) socket.destroy();
    await waitMs(200);
    expect((await get(port, '/', '203.0.113.7')).status).to.equal(200);
  });

  it('caps a client at 256 requests in flight by default behind the proxy', async () => {
    await start({});
    held = await Promise.all(Array.from({ length: 256 }, () => heldRequest(port, '198.51.100.9')));
    await waitMs(500);
    expect((await get(port, '/', '198.51.100.9')).status).to.equal(429);
    expect((await get(port, '/', '198.51.100.10')).status).to.equal(200);
  });
});
