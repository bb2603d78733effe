import type { ServerResponse } from 'node:http';

/** How long an answer may take to be written: a base, and a least speed for its size. */
export interface ResponseTimes {
  responseMs: number;
  responseBytesPerSecond: number;
}

/**
 * Ends `res` with `body`, and closes the connection if the body is not all handed to the network
 * within `responseMs` plus a second for each `responseBytesPerSecond` of it. A client that asks for
 * a large answer and stops reading (a stranger holding sockets) would otherwise keep the connection
 * and the answer's buffers for ever: once the socket's buffers are full nothing else times it. A
 * deadline, not an idle timer: the kernel lets a full socket take more only once half its buffer
 * is free, which for a slow reader may be a minute apart, and a trickling reader must not hold the
 * connection for ever either. The connection is reset, so the unsent rest is dropped at once.
 */
export function endWithin(res: ServerResponse, body: string | Buffer, times: ResponseTimes): void {
  const bytes = Buffer.byteLength(body);
  const timer = setTimeout(
    () => {
      const { socket } = res;
      if (socket && !socket.destroyed) socket.resetAndDestroy();
    },
    times.responseMs + Math.ceil((bytes * 1000) / times.responseBytesPerSecond),
  );
  timer.unref();
  const done = (): void => clearTimeout(timer);
  res.once('finish', done);
  res.once('close', done);
  res.end(body);
}
