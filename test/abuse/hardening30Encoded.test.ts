import { expect } from 'chai';
import { gzipSync } from 'node:zlib';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';

/**
 * Hardening 30 (H18, H456): restify inflated a gzip body with no limit on what it inflated to, so a
 * stranger with a Web Chat token posted 194 KB that became 200 MB held in memory (peak RSS up 400 MB).
 * A body with any Content-Encoding is now refused 415 before it is read; an unencoded one is read.
 */
describe('Abuse (hardening 30): a compressed body is refused unread', function () {
  this.timeout(60_000);
  let running: RunningApp;
  let line: DirectLine;
  beforeEach(async () => {
    running = await startApp();
    line = await DirectLine.start(running.baseUrl);
  });
  afterEach(() => running.stop());

  const post = async (body: Uint8Array | string, encoding?: string): Promise<number> => {
    const response = await fetch(`${running.baseUrl}/v3/directline/conversations/${line.conversationId}/activities`, {
      method: 'POST',
      headers: { ...line.headers(), ...(encoding ? { 'content-encoding': encoding } : {}) },
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    await response.arrayBuffer();
    return response.status;
  };
  const message = JSON.stringify({ type: 'message', text: 'hello' });

  it('refuses a gzip bomb 415 without inflating it', async () => {
    const bomb = gzipSync(Buffer.alloc(20e6, 0x61));
    const before = process.memoryUsage().rss;
    expect(await post(bomb, 'gzip')).to.equal(415);
    expect(process.memoryUsage().rss - before).to.be.below(15e6);
  });

  for (const encoding of ['gzip', 'GZIP', 'deflate', 'br'])
    it(`refuses a message sent with Content-Encoding ${encoding} 415`, async () => {
      expect(await post(gzipSync(message), encoding)).to.equal(415);
    });

  it('still takes the same message unencoded', async () => {
    expect(await post(message)).to.equal(200);
  });
});
