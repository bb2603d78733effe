import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { bodyPace } from '../../bot/bodyPace';
import { serverTimes } from '../../bot/server';
import { DirectLine } from '../support/directLineClient';
import { untilAsked, untilQuiet } from '../support/longPaste';
import { startApp, type RunningApp } from '../support/startApp';

/**
 * H483 (after H456): a chunked body that never ended, or trickled a byte at a time, was read until the
 * 30 s request limit, holding a large body's place and a connection; a chunked body to a route that
 * takes 4 KB was read to its end and up to 1 MB of it kept. A body now has a grace (here 1 s) and then
 * must come at 16 KB a second on average; one that falls behind is answered 408 and its connection
 * closed, one chunked past its route's size 413, and nobody else's turn is touched.
 */
const pace = { bodyGraceMs: 1_000, bodyBytesPerSecond: 16 * 1024 };

/** A raw connection: what the app wrote on it and when it closed (ms from its start). */
interface Raw {
  socket: Socket;
  answer: string;
  closedAfterMs?: number;
}

function rawPost(running: RunningApp, path: string, headers: Record<string, string>, first: string): Raw {
  const socket = connect(Number(new URL(running.baseUrl).port), '127.0.0.1');
  const raw: Raw = { socket, answer: '' };
  const started = Date.now();
  socket.on('error', () => undefined);
  socket.on('data', (chunk: Buffer) => (raw.answer += chunk.toString('latin1')));
  socket.on('close', () => (raw.closedAfterMs = Date.now() - started));
  const lines = Object.entries({ 'content-type': 'application/json', ...headers }).map(([k, v]) => `${k}: ${v}`);
  socket.write(`POST ${path} HTTP/1.1\r\nHost: careprep\r\n${lines.join('\r\n')}\r\n\r\n${first}`);
  return raw;
}

const chunk = (text: string): string => `${Buffer.byteLength(text).toString(16)}\r\n${text}\r\n`;

/** Waits up to `withinMs` for the connection to close, or for an answer when `answerOnly`. */
async function closed(raw: Raw, withinMs: number, answerOnly = false): Promise<void> {
  const deadline = Date.now() + withinMs;
  const done = () => raw.closedAfterMs !== undefined || (answerOnly && /^HTTP\/1\.1 \d{3} /.test(raw.answer));
  while (!done() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('Abuse: a request body must arrive at a pace', function () {
  this.timeout(60_000);
  let running: RunningApp;
  let line: DirectLine;
  const held: Raw[] = [];
  beforeEach(async () => {
    running = await startApp({ overrides: { serverTimes: { ...serverTimes, ...pace } } });
    line = await DirectLine.start(running.baseUrl);
  });
  afterEach(async () => {
    for (const raw of held.splice(0)) raw.socket.destroy();
    await running.stop();
  });
  const activities = () => `/v3/directline/conversations/${line.conversationId}/activities`;
  const chunked = (first: string): Raw => {
    const raw = rawPost(running, activities(), { ...line.headers(), 'transfer-encoding': 'chunked' }, first);
    held.push(raw);
    return raw;
  };

  it('gives a body 5 s and then 16 KB a second by default', () => {
    expect(bodyPace).to.deep.equal({ bodyGraceMs: 5_000, bodyBytesPerSecond: 16 * 1024 });
  });

  it('answers 408 and closes a chunked body that never ends, soon after the grace', async () => {
    const raw = chunked(chunk('{"type":"message","text":"'));
    await closed(raw, 6_000);
    expect(raw.answer).to.match(/^HTTP\/1\.1 408 /);
    expect(raw.closedAfterMs).to.be.below(4_000);
  });

  it('tells the person in the chat, with 999, that a message cut for its pace was not read', async () => {
    await untilAsked(line);
    const raw = chunked(chunk('{"type":"message","text":"'));
    await closed(raw, 6_000);
    expect(raw.answer).to.match(/^HTTP\/1\.1 408 /);
    expect(await untilQuiet(line, 5)).to.match(/did not reach me whole[^]*999/);
  });

  it('answers 408 to a chunked body that trickles a byte at a time', async () => {
    const raw = chunked(chunk('{"type":"message","text":"'));
    const drip = setInterval(() => raw.socket.write(chunk('a')), 100);
    try {
      await closed(raw, 6_000);
    } finally {
      clearInterval(drip);
    }
    expect(raw.answer).to.match(/^HTTP\/1\.1 408 /);
    expect(raw.closedAfterMs).to.be.below(4_000);
  });

  it('answers 408 to a body of a given length that stops half-way', async () => {
    const raw = rawPost(running, activities(), { ...line.headers(), 'content-length': '900000' }, 'x'.repeat(4096));
    held.push(raw);
    await closed(raw, 6_000);
    expect(raw.answer).to.match(/^HTTP\/1\.1 408 /);
  });

  it('answers 413 to a chunked body past what its route takes (a token request, 4 KB)', async () => {
    const raw = rawPost(running, '/v3/directline/tokens/generate', { 'transfer-encoding': 'chunked' }, '');
    held.push(raw);
    raw.socket.write(chunk(`{"user":{"id":"${'a'.repeat(200_000)}"}}`));
    await closed(raw, 6_000);
    expect(raw.answer).to.match(/^HTTP\/1\.1 413 /);
  });

  it('takes a chunked message sent steadily above the pace, and answers others while a body stalls', async () => {
    await untilAsked(line);
    const stranger = await DirectLine.start(running.baseUrl);
    const stalled = rawPost(
      running,
      `/v3/directline/conversations/${stranger.conversationId}/activities`,
      { ...stranger.headers(), 'transfer-encoding': 'chunked' },
      chunk('{"type":"message","text":"'),
    );
    held.push(stalled);
    const steady = chunked(chunk('{"type":"message","text":"'));
    for (let part = 0; part < 6; part += 1) {
      steady.socket.write(chunk('word '.repeat(2_000)));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    steady.socket.write(chunk('"}') + chunk(''));
    await closed(stalled, 6_000);
    await closed(steady, 10_000, true);
    expect(stalled.answer).to.match(/^HTTP\/1\.1 408 /);
    expect(steady.answer).to.match(/^HTTP\/1\.1 200 /);
    expect(await untilQuiet(line, 5)).to.match(/too long/i);
  });
});
