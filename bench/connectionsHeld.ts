/**
 * How many sockets one address can hold open on a running service, and whether /healthz and
 * another address are still served meanwhile (H223):
 * `npx tsx bench/connectionsHeld.ts http://127.0.0.1:3978 [sockets=2000]`. Opens the sockets from
 * 127.0.0.1 sending nothing, waits 3 s, then prints one JSON line.
 */
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';

const base = new URL(process.argv[2] ?? 'http://127.0.0.1:3978');
const wanted = Number(process.argv[3] ?? 2000);
const port = Number(base.port);

function open(): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: base.hostname, port, localAddress: '127.0.0.1' });
    socket.on('error', () => undefined);
    socket.once('connect', () => resolve(socket));
    socket.once('close', () => resolve(socket));
  });
}

function timed(path: string, localAddress: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request({ host: base.hostname, port, path, localAddress, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Math.round(performance.now() - started) }));
    });
    req.on('error', () => resolve({ status: 0, ms: Math.round(performance.now() - started) }));
    req.end();
  });
}

async function main(): Promise<void> {
  const sockets: Socket[] = [];
  for (let i = 0; i < wanted; i += 100)
    sockets.push(...(await Promise.all(Array.from({ length: Math.min(100, wanted - i) }, open))));
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const held = sockets.filter((socket) => !socket.destroyed && socket.readyState === 'open').length;
  const healthSameAddress = await timed('/healthz', '127.0.0.1');
  const pageSameAddress = await timed('/', '127.0.0.1');
  const pageOtherAddress = await timed('/', '127.0.0.2');
  for (const socket of sockets) socket.destroy();
  process.stdout.write(
    `${JSON.stringify({ opened: wanted, heldAfter3s: held, healthSameAddress, pageSameAddress, pageOtherAddress })}\n`,
  );
}

void main();
