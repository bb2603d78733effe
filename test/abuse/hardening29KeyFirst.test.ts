import { expect } from 'chai';
import { connect, type Socket } from 'node:net';
import { DirectLine } from '../support/directLineClient';
import { paste, untilAsked } from '../support/longPaste';
import { startApp, type RunningApp } from '../support/startApp';

const apiKey = 'hardening29-api-key-0123456789abcdef';

/** A raw post of `length` bytes to `path` with `headers`, that sends its headers and a first part, then nothing. */
function slowPost(running: RunningApp, path: string, length: number, headers = ''): Promise<Socket> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port: Number(new URL(running.baseUrl).port) });
    socket.on('error', () => undefined);
    socket.once('connect', () => {
      socket.write(
        `POST ${path} HTTP/1.1\r\nHost: careprep\r\nContent-Type: application/fhir+json\r\n${headers}` +
          `Content-Length: ${length}\r\n\r\n{"resourceType":"Bundle","entry":[`,
      );
      resolve(socket);
    });
  });
}

/**
 * Hardening 29 (H18, H374): the results API (`/api/invitations/…/observations`) read bodies of up to
 * 1 MB before its API key was checked, so a stranger with no key could hold the large bodies read
 * at once with slow posts there and turn a person's Web Chat paste away. The key is now checked
 * before the body is read.
 */
describe('Abuse (hardening 29): the results API checks its key before reading a body', function () {
  this.timeout(60_000);
  let running: RunningApp;
  let held: Socket[] = [];

  beforeEach(async () => {
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
  });
  afterEach(async () => {
    for (const socket of held) socket.destroy();
    held = [];
    await running.stop();
  });

  it('answers a 900 KB post with no key 401 before reading it', async () => {
    const response = await fetch(`${running.baseUrl}/api/invitations/abc/observations`, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json' },
      body: JSON.stringify({ resourceType: 'Bundle', note: 'x'.repeat(900_000) }),
    });
    expect(response.status).to.equal(401);
    expect(response.headers.get('www-authenticate')).to.match(/Bearer/);
  });

  it('lets no slow post without a key hold a large body: a Web Chat paste from the same address is still read', async () => {
    held = await Promise.all([1, 2].map(() => slowPost(running, '/api/invitations/abc/observations', 900_000)));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const line = await DirectLine.start(running.baseUrl);
    await untilAsked(line);
    expect((await line.say(paste(100_000))).status).to.equal(200);
  });

  it('still reads a post with the key (here for an invitation there is not: 404)', async () => {
    const response = await fetch(`${running.baseUrl}/api/invitations/abc/observations`, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json', authorization: `Bearer ${apiKey}` },
      body: JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] }),
    });
    expect(response.status).to.equal(404);
  });
});
