import { connect, type Socket } from 'node:net';
import type { DirectLine } from './directLineClient';
import type { RunningApp } from './startApp';

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
