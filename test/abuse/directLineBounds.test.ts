import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';
import { clearOfWindowEdge } from '../support/windowEdge';

/** Starts an app, runs `body`, and always stops it. */
async function withDirectLine(
  env: NodeJS.ProcessEnv,
  body: (running: RunningApp) => Promise<void>,
  clock?: () => Date,
): Promise<void> {
  const running = await startApp({ env, overrides: clock ? { clock } : {} });
  try {
    await body(running);
  } finally {
    await running.stop();
  }
}

function generate(baseUrl: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: '{}',
  });
}

async function expectTooMany(response: Response): Promise<void> {
  expect(response.status).to.equal(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).to.be.within(1, 600);
  expect(await response.json()).to.have.nested.property('error.code', 'TooManyRequests');
}

describe('Abuse: Direct Line bounds', function () {
  this.timeout(30_000);

  it('never stores typing activities, however many or however large', async () => {
    await withDirectLine({}, async (running) => {
      const dl = await DirectLine.start(running.baseUrl);
      await dl.poll();
      const value = 'x'.repeat(30_000);
      for (let i = 0; i < 100; i++) {
        const posted = await dl.post({ type: 'typing', value });
        expect(posted.status).to.equal(200);
      }
      const stream = await dl.poll();
      expect(stream.filter((a) => a.type === 'typing')).to.deep.equal([]);
    });
  });

  // A post to a conversation of up to 1 MB is read (a long paste is answered, H320), among at most
  // `maxLargeBodies` at once; anything but a message's text over 32 KB is still refused.
  it('refuses a 1 MB typing post with 413, one over 1 MB before reading it, and a token request body larger than a credential', async () => {
    await withDirectLine({}, async (running) => {
      const dl = await DirectLine.start(running.baseUrl);
      const posted = await dl.post({ type: 'typing', value: 'x'.repeat(1_000_000) });
      expect(posted.status).to.equal(413);
      const larger = await dl.post({ type: 'typing', value: 'x'.repeat(1_100_000) });
      expect(larger.status).to.equal(413);
      const generate = await fetch(`${running.baseUrl}/v3/directline/tokens/generate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ credential: 'x'.repeat(10_000) }),
      });
      expect(generate.status).to.equal(413);
    });
  });

  it('refuses a posted message far larger than any answer with 413', async () => {
    await withDirectLine({}, async (running) => {
      const dl = await DirectLine.start(running.baseUrl);
      await dl.poll();
      const posted = await dl.post({ type: 'message', text: 'hi', value: { blob: 'x'.repeat(100_000) } });
      expect(posted.status).to.equal(413);
      expect(await dl.poll()).to.deep.equal([]);
    });
  });

  it('answers 429 with Retry-After once one address has opened its conversations for the minute', async () => {
    await withDirectLine({ CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_ADDRESS: '3' }, async (running) => {
      await clearOfWindowEdge();
      for (let i = 0; i < 3; i++) expect((await generate(running.baseUrl)).status).to.equal(200);
      await expectTooMany(await generate(running.baseUrl));
      const anonymous = await fetch(`${running.baseUrl}/v3/directline/conversations`, { method: 'POST' });
      await expectTooMany(anonymous);
    });
  });

  it('limits new conversations from all addresses together, and lets them in again the next minute', async () => {
    let now = Date.parse('2026-03-02T09:00:00Z');
    const env = {
      CAREPREP_TRUSTED_PROXY_HOPS: '1',
      CAREPREP_DIRECTLINE_NEW_PER_MINUTE: '4',
      CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_ADDRESS: '2',
    };
    await withDirectLine(
      env,
      async (running) => {
        const from = (n: number): Record<string, string> => ({ 'x-forwarded-for': `198.51.100.${n}` });
        expect((await generate(running.baseUrl, from(1))).status).to.equal(200);
        expect((await generate(running.baseUrl, from(1))).status).to.equal(200);
        await expectTooMany(await generate(running.baseUrl, from(1)));
        expect((await generate(running.baseUrl, from(2))).status).to.equal(200);
        expect((await generate(running.baseUrl, from(3))).status).to.equal(200);
        await expectTooMany(await generate(running.baseUrl, from(4)));
        now += 61_000;
        expect((await generate(running.baseUrl, from(4))).status).to.equal(200);
      },
      () => new Date(now),
    );
  });

  it('turns a newcomer away rather than evict a person who is chatting, and the people chatting carry on', async () => {
    await withDirectLine({ CAREPREP_DIRECTLINE_MAX_CONVERSATIONS: '2' }, async (running) => {
      const people = [await DirectLine.start(running.baseUrl), await DirectLine.start(running.baseUrl)];
      for (const dl of people) await dl.poll();
      await expectTooMany(await generate(running.baseUrl));
      for (const dl of people) {
        expect((await dl.say('Me, for myself')).status).to.equal(200);
        await dl.poll();
        expect(dl.lastQuestion()).to.equal('subject.name');
      }
    });
  });

  it('reattaches a conversation whose stream was evicted after its person stepped away, instead of failing the send', async () => {
    let now = Date.parse('2026-03-02T09:00:00Z');
    await withDirectLine(
      { CAREPREP_DIRECTLINE_MAX_CONVERSATIONS: '2' },
      async (running) => {
        const away = await DirectLine.start(running.baseUrl);
        await away.poll();
        now += 6 * 60_000;
        await DirectLine.start(running.baseUrl);
        await DirectLine.start(running.baseUrl);
        const sent = await away.say('Me, for myself');
        expect(sent.status).to.equal(200);
        await away.poll();
        expect(away.lastQuestion()).to.equal('subject.name');
      },
      () => new Date(now),
    );
  });

  it('reattaches a conversation forgotten while its token was kept fresh, instead of failing the send', async () => {
    let now = Date.parse('2026-03-02T09:00:00Z');
    await withDirectLine(
      {},
      async (running) => {
        const dl = await DirectLine.start(running.baseUrl);
        await dl.poll();
        for (let step = 0; step < 3; step++) {
          now += 25 * 60_000;
          const refreshed = await fetch(`${dl.base}/tokens/refresh`, { method: 'POST', headers: dl.headers() });
          expect(refreshed.status).to.equal(200);
          dl.token = ((await refreshed.json()) as { token: string }).token;
        }
        const sent = await dl.say('Me, for myself');
        expect(sent.status).to.equal(200);
        const stream = await dl.poll();
        // 75 minutes away: the bot answers with a recap and asks the same question again.
        expect(stream.some((a) => a.replyToId === sent.id && a.from.role === 'bot')).to.equal(true);
        expect(dl.lastQuestion()).to.equal('respondent.type');
      },
      () => new Date(now),
    );
  });
});
