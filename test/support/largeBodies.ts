import { connect, type Socket } from 'node:net';
import type { DirectLine } from './directLineClient';
import type { ServerTimes } from '../../bot/server';
import { startApp, type RunningApp } from './startApp';

/**
 * A raw post of a 900,000-byte body to `line`'s conversation from the client `from` (as a proxy
 * in front says, `X-Forwarded-For`) that sends its headers and a first part, then nothing.
 */
export function slowUpload(running: RunningApp, line: DirectLine, from: string): Promise<Socket> {
  const port = Number(new URL(running.baseUrl).port);
  const path = `/v3/directline/conversations/${line.conversationId}/activities`;
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: careprep\r\nAuthorization: Bearer ${line.token}\r\n` +
          `X-Forwarded-For: ${from}\r\nContent-Type: application/json\r\nContent-Length: 900000\r\n\r\n{"type":"message","text":"`,
      );
      resolve(socket);
    });
  });
}

/** `text` posted to `line`'s conversation from the client `from`: the status. */
export async function sayFrom(running: RunningApp, line: DirectLine, from: string, text: string): Promise<number> {
  const response = await fetch(`${running.baseUrl}/v3/directline/conversations/${line.conversationId}/activities`, {
    method: 'POST',
    headers: { ...line.headers(), 'x-forwarded-for': from },
    body: JSON.stringify({ type: 'message', text, channelData: { clientActivityID: `c-${Math.random()}` } }),
  });
  await response.arrayBuffer();
  return response.status;
}

/** What a test of large bodies works with: the app, and the slow uploads it holds open. */
export interface ProxiedApp {
  readonly running: RunningApp;
  held: Socket[];
}

/** A new app behind one proxy hop for each test (with `serverTimes`); the uploads a test holds are cut after it. */
export function appBehindProxy(serverTimes?: ServerTimes): ProxiedApp {
  let running: RunningApp | undefined;
  const world = {
    held: [] as Socket[],
    get running(): RunningApp {
      if (!running) throw new Error('the app is started for each test');
      return running;
    },
  };
  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_TRUSTED_PROXY_HOPS: '1' }, overrides: { serverTimes } });
  });
  afterEach(async () => {
    for (const socket of world.held) socket.destroy();
    world.held = [];
    await running?.stop();
  });
  return world;
}
