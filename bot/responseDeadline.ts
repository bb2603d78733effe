import type { ServerResponse } from 'node:http';

/**
 * How long an answer may take to be written: a limit for the whole (a base, and a least average
 * speed for its size), and how long it may go with no bytes moving at all.
 */
export interface ResponseTimes {
  responseMs: number;
  responseBytesPerSecond: number;
  stallMs: number;
}

/** The pieces an answer is handed to the network in: each one taken is a sign the reader still reads. */
const pieceBytes = 64 * 1024;

/**
 * Ends `res` with `body`, handed to the network a piece at a time, and resets the connection when
 * no piece has been taken for `stallMs` (a client that asks for a large answer and stops reading, a
 * stranger holding sockets), or when the whole is not written within `responseMs` plus a second for
 * each `responseBytesPerSecond` of it (one that trickles, so none holds a connection for ever). A
 * person on a poor link reads slowly but steadily, and keeps the connection as long as bytes move
 * (H372). The kernel takes more of a full socket only once a good part of its buffer is free, which
 * for a slow reader may be many seconds apart, so the stall time is generous. Once all is handed
 * to the kernel nothing here times it: the connection's idle limit does. The connection is reset,
 * so the unsent rest is dropped at once.
 */
export function endWithin(res: ServerResponse, body: string | Buffer, times: ResponseTimes): void {
  const whole = typeof body === 'string' ? Buffer.from(body) : body;
  const reset = (): void => {
    const { socket } = res;
    if (socket && !socket.destroyed) socket.resetAndDestroy();
  };
  const deadline = setTimeout(
    reset,
    times.responseMs + Math.ceil((whole.length * 1000) / times.responseBytesPerSecond),
  );
  deadline.unref();
  const stalled = setTimeout(reset, times.stallMs);
  stalled.unref();
  const done = (): void => {
    clearTimeout(deadline);
    clearTimeout(stalled);
  };
  res.once('finish', done);
  res.once('close', done);
  let offset = 0;
  const writeOn = (): void => {
    stalled.refresh();
    while (offset + pieceBytes < whole.length) {
      const piece = whole.subarray(offset, offset + pieceBytes);
      offset += piece.length;
      if (!res.write(piece)) {
        res.once('drain', writeOn);
        return;
      }
    }
    res.end(whole.subarray(offset));
  };
  writeOn();
}
