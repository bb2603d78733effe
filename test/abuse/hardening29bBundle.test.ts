import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { webChatBundlePath } from '../../channels/directline/webChat';
import { startApp, type RunningApp } from '../support/startApp';

/** What came over the wire for `/webchat.js` with `headers`: the status, headers and bytes as sent. */
function bundle(running: RunningApp, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }>((resolve, reject) => {
    get(`${running.baseUrl}/webchat.js`, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, bytes: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    }).on('error', reject);
  });
}

/**
 * Hardening 29b (H379): Web Chat's 3.9 MB bundle was sent as it is, whatever the browser took, so a
 * person on a slow mobile link waited minutes for the chat to open. It is now sent in Brotli or gzip
 * where the browser says it takes them, coded once, with Vary and an ETag of each coding's own.
 */
describe('Abuse (hardening 29b): the Web Chat bundle compressed', function () {
  this.timeout(120_000);
  let running: RunningApp;
  const file = readFileSync(webChatBundlePath());
  before(async () => {
    running = await startApp();
  });
  after(() => running.stop());

  it('sends Brotli to a browser that takes it, a quarter of the bytes or fewer, the same script', async () => {
    const got = await bundle(running, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(got.status).to.equal(200);
    expect(got.headers['content-encoding']).to.equal('br');
    expect(got.headers.vary).to.match(/accept-encoding/i);
    expect(got.bytes.length).to.be.below(file.length / 4);
    expect(Number(got.headers['content-length'])).to.equal(got.bytes.length);
    expect(brotliDecompressSync(got.bytes).equals(file)).to.equal(true);
  });

  for (const accept of ['gzip', 'gzip, deflate', 'br;q=0, gzip;q=0.8', '*'])
    it(`sends gzip for Accept-Encoding '${accept}'`, async () => {
      const got = await bundle(running, { 'accept-encoding': accept });
      expect(got.headers['content-encoding']).to.equal('gzip');
      expect(got.bytes.length).to.be.below(file.length / 3);
      expect(gunzipSync(got.bytes).equals(file)).to.equal(true);
    });

  for (const accept of [undefined, 'identity', 'deflate', 'gzip;q=0'])
    it(`sends the script as it is for Accept-Encoding ${accept === undefined ? 'absent' : `'${accept}'`}`, async () => {
      const got = await bundle(running, accept === undefined ? {} : { 'accept-encoding': accept });
      expect(got.headers['content-encoding']).to.equal(undefined);
      expect(got.headers.vary).to.match(/accept-encoding/i);
      expect(got.bytes.equals(file)).to.equal(true);
    });

  it('gives each coding its own ETag, and answers 304 with no body for the one the browser has', async () => {
    const br = await bundle(running, { 'accept-encoding': 'br' });
    const gzip = await bundle(running, { 'accept-encoding': 'gzip' });
    const plain = await bundle(running, {});
    const tags = [br, gzip, plain].map((got) => String(got.headers.etag));
    expect(new Set(tags).size).to.equal(3);

    const again = await bundle(running, { 'accept-encoding': 'br', 'if-none-match': tags[0] });
    expect(again.status).to.equal(304);
    expect(again.bytes.length).to.equal(0);
    const other = await bundle(running, { 'accept-encoding': 'gzip', 'if-none-match': tags[0] });
    expect(other.status).to.equal(200);
    expect(other.headers['content-encoding']).to.equal('gzip');
  });
});
