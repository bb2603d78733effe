import { connect } from 'node:net';

/**
 * Sends a POST's headers to `baseUrl` saying `length` bytes follow, and none of them: the status
 * the server answers with before any of the body came, or undefined when none came within
 * `waitMs` (a server waiting for the body it was promised).
 */
export function answerBeforeBody(
  baseUrl: string,
  path: string,
  headers: Record<string, string>,
  length = 900_000,
  waitMs = 10_000,
): Promise<number | undefined> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: Number(new URL(baseUrl).port) });
    let answer = '';
    const done = (status: number | undefined): void => {
      clearTimeout(timer);
      socket.destroy();
      resolve(status);
    };
    const timer = setTimeout(() => done(undefined), waitMs);
    socket.on('error', () => done(undefined));
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(answer);
      if (status) done(Number(status[1]));
    });
    socket.once('connect', () => {
      const lines = Object.entries({ 'content-type': 'application/json', ...headers }).map(([k, v]) => `${k}: ${v}`);
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: careprep\r\n${lines.join('\r\n')}\r\nContent-Length: ${length}\r\n\r\n`,
      );
    });
  });
}
