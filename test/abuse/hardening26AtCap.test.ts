import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';

/**
 * Hardening 26 (H264): a message at a conversation's cap of 10 waiting was screened for crisis
 * without the question it answers (H220), so an answer urgent only there (a bare "no" to "are you
 * safe right now?") was refused with 429, as in H195.
 */
describe('Abuse (hardening 26): an answer sent at the cap is read with the question it answers', function () {
  this.timeout(60_000);
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp();
  });
  afterEach(() => running.stop());

  it('takes a bare "no" to "are you safe right now?" past the cap, and answers it', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    await dl.say('i have taken all my tablets');
    await dl.poll();
    expect(dl.lastQuestion()).to.equal('safety.check');
    const fillers = Array.from({ length: 25 }, (_, i) => `just some words ${i}`);
    const answers = await Promise.all([...fillers, 'no'].map((line) => dl.say(line)));

    expect(answers.at(-1)?.status).to.equal(200);
    await dl.poll();
    const id = answers.at(-1)?.id;
    expect(dl.seen.some((activity) => activity.from.role === 'bot' && activity.replyToId === id)).to.equal(true);
  });
});
