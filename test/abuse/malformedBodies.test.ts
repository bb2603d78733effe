import { EventEmitter } from 'node:events';
import { expect } from 'chai';
import { createLogger } from '../../bot/logger';
import { logUnhandledRejections } from '../../bot/unhandledRejections';
import { BotClient } from '../support/botClient';
import { realProcessTestTimeoutMs, startServerProcess, type ServerProcess } from '../support/serverProcess';
import { tempDir } from '../support/tempDb';

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

describe('Abuse: malformed bodies on /api/messages (auth off, real process)', function () {
  this.timeout(realProcessTestTimeoutMs);
  let tmp: ReturnType<typeof tempDir>;
  let server: ServerProcess;

  before(async () => {
    tmp = tempDir();
    server = await startServerProcess({ dbPath: tmp.file() });
  });
  after(async () => {
    // Unset when the start itself failed: the folders still go.
    server?.child.kill('SIGKILL');
    await server?.exited;
    tmp.cleanup();
  });

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

describe('Abuse: a rejection nobody handled', () => {
  it('is logged by kind only and does not end the process', () => {
    const lines: string[] = [];
    const target = new EventEmitter();
    const remove = logUnhandledRejections(
      target,
      createLogger('debug', (line) => lines.push(line)),
    );
    try {
      target.emit(
        'unhandledRejection',
        new TypeError('Cannot read name of Sam Smith, 07700 900123'),
        Promise.resolve(),
      );
    } finally {
      remove();
    }
    expect(lines).to.have.length(1);
    expect(JSON.parse(lines[0])).to.include({ level: 'error', event: 'unhandled_rejection', error: 'TypeError' });
    expect(lines[0]).to.not.contain('Sam');
    expect(lines[0]).to.not.contain('07700');
    expect(target.listenerCount('unhandledRejection')).to.equal(0);
  });
});
