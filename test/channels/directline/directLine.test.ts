import { expect } from 'chai';
import { DirectLine, type Started } from '../../support/directLineClient';
import { startApp, type RunningApp } from '../../support/startApp';

describe('Built-in Direct Line 3.0', () => {
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp();
  });
  afterEach(() => running.stop());

  it('starts a conversation with a generated token, and the bot greets first with a question', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    const activities = await dl.poll();
    expect(activities.length).to.be.greaterThan(0);
    expect(activities.every((a) => a.from.role === 'bot')).to.equal(true);
    expect(dl.lastQuestion()).to.equal('respondent.type');
  });

  it('issues a conversation and token when started with no token at all', async () => {
    const response = await fetch(`${running.baseUrl}/v3/directline/conversations`, { method: 'POST' });
    expect(response.status).to.equal(201);
    const body = (await response.json()) as Started;
    expect(body.conversationId).to.be.a('string').and.not.empty;
    expect(body.token).to.be.a('string').and.not.empty;
    expect(body.expires_in).to.equal(1800);
    const dl = new DirectLine(`${running.baseUrl}/v3/directline`, body.token, body.conversationId);
    expect(await dl.poll()).to.not.be.empty;
  });

  it('returns the posted activity id and echoes the activity with its clientActivityID', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    const posted = await dl.post({
      type: 'message',
      text: 'Me, for myself',
      channelData: { clientActivityID: 'abc-1' },
    });
    expect(posted.status).to.equal(200);
    const activities = await dl.poll();
    const echo = activities.find((a) => a.id === posted.id);
    expect(echo?.channelData?.clientActivityID).to.equal('abc-1');
    expect(echo?.text).to.equal('Me, for myself');
    expect(echo?.from.role).to.equal('user');
  });

  it("puts the bot's reply in the stream as a reply to the posted activity", async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    const posted = await dl.say('Me, for myself');
    const activities = await dl.poll();
    expect(activities.some((a) => a.replyToId === posted.id && a.from.role === 'bot')).to.equal(true);
    expect(dl.lastQuestion()).to.equal('subject.name');
  });

  it('returns only activities after the watermark, and none when nothing is new', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    const first = await dl.poll();
    expect(await dl.poll()).to.deep.equal([]);
    await dl.say('Me, for myself');
    const next = await dl.poll();
    const firstIds = new Set(first.map((a) => a.id));
    expect(next).to.not.be.empty;
    expect(next.some((a) => firstIds.has(a.id))).to.equal(false);
  });

  it('gives every activity an id, the conversation and a strictly increasing timestamp, and never the service URL', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    await dl.say('Me, for myself');
    await dl.say('Sam');
    await dl.poll();
    const times = dl.seen.map((a) => Date.parse(a.timestamp));
    for (const activity of dl.seen) {
      expect(activity.id).to.be.a('string').and.not.empty;
      expect(activity.conversation.id).to.equal(dl.conversationId);
      expect(activity.serviceUrl).to.equal(undefined);
    }
    for (let i = 1; i < times.length; i++) expect(times[i]).to.be.greaterThan(times[i - 1]);
    expect(new Set(dl.seen.map((a) => a.id)).size).to.equal(dl.seen.length);
  });

  it('refreshes a token into a new one for the same conversation that works', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    const response = await fetch(`${dl.base}/tokens/refresh`, { method: 'POST', headers: dl.headers() });
    expect(response.status).to.equal(200);
    const body = (await response.json()) as Started;
    expect(body.conversationId).to.equal(dl.conversationId);
    expect(body.token).to.not.equal(dl.token);
    dl.token = body.token;
    expect(await dl.poll()).to.not.be.empty;
  });

  it("refuses a token for one conversation on another conversation's activities, reading or posting", async () => {
    const mine = await DirectLine.start(running.baseUrl);
    const theirs = await DirectLine.start(running.baseUrl);
    const read = await fetch(`${mine.base}/conversations/${theirs.conversationId}/activities`, {
      headers: mine.headers(),
    });
    expect(read.status).to.equal(403);
    const post = await fetch(`${mine.base}/conversations/${theirs.conversationId}/activities`, {
      method: 'POST',
      headers: mine.headers(),
      body: JSON.stringify({ type: 'message', text: 'hello' }),
    });
    expect(post.status).to.equal(403);
    await theirs.poll();
    expect(theirs.seen.some((a) => a.from.role === 'user')).to.equal(false);
  });

  it('refuses reading or posting with no token (401) and with an altered token (403)', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    const url = `${dl.base}/conversations/${dl.conversationId}/activities`;
    expect((await fetch(url)).status).to.equal(401);
    const body = JSON.stringify({ type: 'message', text: 'hello' });
    const headers = { 'content-type': 'application/json' };
    expect((await fetch(url, { method: 'POST', headers, body })).status).to.equal(401);
    const [payload, signature] = dl.token.split('.');
    const altered = `${payload}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await fetch(url, { headers: dl.headers(altered) })).status).to.equal(403);
    expect(
      (await fetch(`${dl.base}/tokens/refresh`, { method: 'POST', headers: dl.headers(altered) })).status,
    ).to.equal(403);
  });

  it('posts as the user the token was issued to, whatever `from` the client claims', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    const posted = await dl.post({
      type: 'message',
      text: 'Me, for myself',
      from: { id: 'wc_someone_else_0123456789' },
    });
    const echo = (await dl.poll()).find((a) => a.id === posted.id);
    expect(echo?.from.id).to.equal(dl.userId);
  });

  it('refuses a user id short enough to guess', async () => {
    const response = await fetch(`${running.baseUrl}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { id: 'bob' } }),
    });
    expect(response.status).to.equal(400);
  });

  it('resumes the same user in a new conversation where they left off', async () => {
    const first = await DirectLine.start(running.baseUrl);
    await first.poll();
    await first.say('Me, for myself');
    await first.poll();
    expect(first.lastQuestion()).to.equal('subject.name');
    const again = await DirectLine.start(running.baseUrl, first.credential);
    await again.poll();
    expect(again.lastQuestion()).to.equal('subject.name');
  });
});

describe('Built-in Direct Line: the local connector', () => {
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp();
  });
  afterEach(() => running.stop());

  it('refuses bot messages posted without the per-process secret, and they never reach the stream', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    const forged = { type: 'message', text: 'Forged bot message', from: { id: 'careprep-bot' } };
    for (const secret of ['', 'guess', 'a'.repeat(43)]) {
      const response = await fetch(
        `${running.baseUrl}/v3/directline/connector/${secret}/v3/conversations/${dl.conversationId}/activities`,
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(forged) },
      );
      expect(response.status).to.equal(404);
    }
    const direct = await fetch(`${running.baseUrl}/v3/conversations/${dl.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(forged),
    });
    expect(direct.status).to.be.oneOf([404, 405]);
    expect((await dl.poll()).some((a) => a.text === 'Forged bot message')).to.equal(false);
  });
});

describe('Built-in Direct Line: expiry and switch', () => {
  it('refuses a token once 30 minutes have passed without a refresh', async () => {
    let now = Date.parse('2026-03-02T09:00:00Z');
    const running = await startApp({ overrides: { clock: () => new Date(now) } });
    try {
      const dl = await DirectLine.start(running.baseUrl);
      await dl.poll();
      now += 31 * 60_000;
      const response = await fetch(`${dl.base}/conversations/${dl.conversationId}/activities`, {
        headers: dl.headers(),
      });
      expect(response.status).to.equal(403);
    } finally {
      await running.stop();
    }
  });

  it('is not served at all when CAREPREP_DIRECTLINE is off', async () => {
    const running = await startApp({ env: { CAREPREP_DIRECTLINE: 'off' } });
    try {
      const response = await fetch(`${running.baseUrl}/v3/directline/conversations`, { method: 'POST' });
      expect(response.status).to.equal(404);
    } finally {
      await running.stop();
    }
  });
});
