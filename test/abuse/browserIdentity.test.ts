import { expect } from 'chai';
import { BotClient } from '../support/botClient';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';

describe('Abuse: who a Web Chat browser is', function () {
  this.timeout(30_000);
  let running: RunningApp;
  let now: number;

  beforeEach(async () => {
    now = Date.parse('2026-03-02T09:00:00Z');
    running = await startApp({ overrides: { clock: () => new Date(now) } });
  });
  afterEach(() => running.stop());

  it('issues its own identity rather than take one a stranger picks', async () => {
    const picked = 'wc_picked_by_a_stranger_0123';
    const generated = await DirectLine.generate(running.baseUrl, { user: { id: picked } });
    expect(generated.userId).to.be.a('string').and.not.equal(picked);
    expect(generated.credential).to.match(/^wc_[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{43}$/);
  });

  it('brings a browser back to its preparation only with its credential; a forged one is someone new', async () => {
    const first = await DirectLine.start(running.baseUrl);
    await first.poll();
    await first.say('Me, for myself');
    await first.poll();
    const forged = `${first.userId}.${'A'.repeat(43)}`;
    expect((await DirectLine.generate(running.baseUrl, { credential: forged })).userId).to.not.equal(first.userId);
    const back = await DirectLine.start(running.baseUrl, first.credential);
    expect(back.userId).to.equal(first.userId);
    await back.poll();
    expect(back.lastQuestion()).to.equal('subject.name');
  });

  it('upgrades a browser from before credentials: its old id, already holding a record, is given a credential', async () => {
    const legacy = 'wc_0123456789abcdef0123456789abcdef';
    const old = new BotClient(running.baseUrl, { channelId: 'webchat', userId: legacy });
    await old.say('hello');
    await old.say('Me, for myself');
    const generated = await DirectLine.generate(running.baseUrl, { user: { id: legacy } });
    expect(generated.userId).to.equal(legacy);
    const back = await DirectLine.start(running.baseUrl, generated.credential);
    await back.poll();
    expect(back.lastQuestion()).to.equal('subject.name');
  });

  it('ends a chain of token refreshes 24 hours after its first token', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    let status = 200;
    let refreshes = 0;
    while (status === 200 && refreshes < 100) {
      now += 25 * 60_000;
      const response = await fetch(`${dl.base}/tokens/refresh`, { method: 'POST', headers: dl.headers() });
      status = response.status;
      if (status === 200) {
        dl.token = ((await response.json()) as { token: string }).token;
        refreshes += 1;
      }
    }
    expect(status).to.equal(403);
    expect(refreshes).to.equal(57);
  });
});
