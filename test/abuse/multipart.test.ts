import { readdirSync } from 'node:fs';
import { expect } from 'chai';
import { realProcessTestTimeoutMs, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { tempDir } from '../support/tempDb';

/** A multipart body with one 64 KB file part, as a browser form upload sends it. */
function multipartUpload(): { contentType: string; body: Blob } {
  const boundary = '----careprep-abuse-test';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    Buffer.alloc(64 * 1024, 0x61),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: new Blob([new Uint8Array(body)]) };
}

// Every POST route a stranger can reach, authenticated or not.
const paths = [
  '/v3/directline/tokens/generate',
  '/v3/directline/conversations',
  '/v3/directline/tokens/refresh',
  '/api/messages',
  '/api/sms',
];

describe('Abuse: multipart uploads (real process, its own temp folder)', function () {
  this.timeout(realProcessTestTimeoutMs);
  let data: ReturnType<typeof tempDir>;
  let scratch: ReturnType<typeof tempDir>;
  let server: ServerProcess;
  const uploads = (): number => readdirSync(scratch.dir).filter((name) => name.startsWith('upload_')).length;

  before(async () => {
    data = tempDir();
    // The service's os.tmpdir(), where restify's multipart parser writes file parts.
    scratch = tempDir('careprep-tmpdir-');
    server = await startServerProcess({ dbPath: data.file(), env: { TMPDIR: scratch.dir } });
  });
  after(async () => {
    // Unset when the start itself failed: the folders still go.
    server?.child.kill('SIGKILL');
    await server?.exited;
    data.cleanup();
    scratch.cleanup();
  });

  it('refuses multipart on every POST route with 415, and writes nothing to the temp folder', async () => {
    const before = uploads();
    for (let round = 0; round < 4; round++) {
      for (const path of paths) {
        const { contentType, body } = multipartUpload();
        const response = await fetch(`${server.baseUrl}${path}`, {
          method: 'POST',
          headers: { 'content-type': contentType },
          body,
        });
        expect(response.status, path).to.equal(415);
        expect(await response.json(), path).to.deep.equal({
          error: 'UnsupportedMediaType',
          message: 'Unsupported content type.',
        });
      }
    }
    expect(uploads() - before).to.equal(0);
    expect((await fetch(`${server.baseUrl}/healthz`)).status).to.equal(200);
  });

  it('takes only JSON on the JSON routes and only a form on the Twilio webhook', async () => {
    const form = await fetch(`${server.baseUrl}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'user[id]=wc_0123456789abcdef',
    });
    expect(form.status).to.equal(415);
    const json = await fetch(`${server.baseUrl}/api/sms`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"Body":"STOP"}',
    });
    expect(json.status).to.equal(415);
    const text = await fetch(`${server.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(text.status).to.equal(415);
  });
});
