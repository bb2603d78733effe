import { readdirSync } from 'node:fs';
import { expect } from 'chai';
import { BotClient } from '../support/botClient';
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

/** Bodies from the attack review (issue 17, row 5) and their near relatives. */
const malformed: ReadonlyArray<{ name: string; contentType: string; body: string }> = [
  {
    name: 'an activity with a conversation only',
    contentType: 'application/json',
    body: '{"type":"message","conversation":{"id":"x"}}',
  },
  {
    name: 'an activity with no sender',
    contentType: 'application/json',
    body: '{"type":"message","channelId":"webchat","serviceUrl":"http://127.0.0.1:1","conversation":{"id":"x"}}',
  },
  {
    name: 'an activity with nowhere to reply',
    contentType: 'application/json',
    body: '{"type":"message","channelId":"webchat","from":{"id":"u"},"conversation":{"id":"x"}}',
  },
  {
    name: 'a form with a nested conversation',
    contentType: 'application/x-www-form-urlencoded',
    body: 'type=message&conversation[id]=x',
  },
  {
    name: 'a form with a flat conversation',
    contentType: 'application/x-www-form-urlencoded',
    body: 'type=message&conversation=x',
  },
];

// Every POST route a stranger can reach, authenticated or not.
const paths = [
  '/v3/directline/tokens/generate',
  '/v3/directline/conversations',
  '/v3/directline/tokens/refresh',
  '/api/messages',
  '/api/sms',
];

/**
 * One real process (auth off, its own temp folder) for the abuse that could end or fill it: a
 * process started for each kind of abuse costs some 3 s of CPU more and shows nothing more.
 */
describe('Abuse against a real process: multipart uploads and malformed bodies', function () {
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

  describe('multipart uploads', () => {
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

  describe('malformed bodies on /api/messages', () => {
    it('answers each malformed body with a 4xx JSON error, then keeps serving health checks and real turns', async () => {
      for (const { name, contentType, body } of malformed) {
        const response = await fetch(`${server.baseUrl}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': contentType },
          body,
        });
        expect(response.status, name).to.be.within(400, 499);
        expect(response.headers.get('content-type'), name).to.contain('application/json');
        expect(await response.json(), name).to.have.property('error');
      }
      // An unhandled rejection ended the process a tick after the response: give it the chance.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(server.child.exitCode, server.stderr()).to.equal(null);
      expect((await fetch(`${server.baseUrl}/healthz`)).status).to.equal(200);
      const turn = await new BotClient(server.baseUrl).say('hello');
      expect(turn.status).to.equal(200);
      expect(turn.questions.map((q) => q.linkId)).to.deep.equal(['respondent.type']);
      expect(server.stdout()).to.not.contain('unhandled_rejection');
    });
  });
});
