import { expect } from 'chai';
import { startApp, type RunningApp } from '../support/startApp';
import { BotClient } from '../support/botClient';

/** A stack frame ("    at fn (file:line)") or a source path would mean internals leaked out. */
function expectNoInternals(body: string): void {
  expect(body).to.not.match(/\bat .+:\d+/);
  expect(body).to.not.match(/\/(work|home|tmp|node_modules)\//);
  expect(body).to.not.match(/\.(ts|js):\d+/);
  expect(body.toLowerCase()).to.not.contain('stack');
}

describe('HTTP server', () => {
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp();
  });
  afterEach(() => running.stop());

  function post(body: string, contentType = 'application/json'): Promise<Response> {
    return fetch(`${running.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
  }

  it('answers GET /healthz with 200, status ok and the database answering', async () => {
    const response = await fetch(`${running.baseUrl}/healthz`);
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.equal({ status: 'ok', database: { engine: 'sqlite', ok: true } });
  });

  it('refuses a 2 MB body with 413 and a JSON error', async () => {
    const activity = new BotClient(running.baseUrl).activity({ text: 'x'.repeat(2 * 1024 * 1024) });
    const response = await post(JSON.stringify(activity));
    expect(response.status).to.equal(413);
    expect(response.headers.get('content-type')).to.contain('application/json');
    const body = await response.text();
    expect(JSON.parse(body)).to.have.keys('error', 'message');
    expectNoInternals(body);
  });

  it('refuses malformed JSON with 400 and a JSON error without a stack trace', async () => {
    const response = await post('{"type": "message", "conversation": ');
    expect(response.status).to.equal(400);
    expect(response.headers.get('content-type')).to.contain('application/json');
    const body = await response.text();
    expect(JSON.parse(body)).to.have.keys('error', 'message');
    expectNoInternals(body);
  });

  it('refuses JSON that is not an activity with 400', async () => {
    for (const body of ['{"hello":"world"}', '[1,2,3]', '"message"', '{"type":"message","conversation":{}}']) {
      const response = await post(body);
      expect(response.status, body).to.equal(400);
      const text = await response.text();
      expect(JSON.parse(text), body).to.have.property('error', 'BadRequest');
      expectNoInternals(text);
    }
  });

  it('answers an unknown route with a JSON 404 without internals', async () => {
    const response = await fetch(`${running.baseUrl}/no/such/route`);
    expect(response.status).to.equal(404);
    const body = await response.text();
    expect(JSON.parse(body)).to.have.keys('error', 'message');
    expectNoInternals(body);
  });

  it('accepts a well-formed activity, so the refusals above are about the body', async () => {
    const result = await new BotClient(running.baseUrl).say('hello');
    expect(result.status).to.equal(200);
    expect(result.questions.map((q) => q.linkId)).to.deep.equal(['respondent.type']);
  });
});
