import { expect } from 'chai';
import { DirectLine, type DlActivity } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';
import { TurnsWaiting } from '../../channels/directline/turnsWaiting';

/** Replies that are the crisis reply: they name 999 and are not the "send it again" notice. */
function crisisReplies(shown: DlActivity[]): DlActivity[] {
  return shown.filter(
    (activity) =>
      activity.from.role === 'bot' && /999/.test(activity.text ?? '') && !/send.+again/i.test(activity.text ?? ''),
  );
}

/**
 * Hardening 25 (H220): a message past a conversation's 10 running or waiting is refused (429,
 * H195) before anything reads it. A disclosure among them must still get the crisis reply.
 */
describe('Abuse (hardening 25): a disclosure sent past the 10 messages a conversation may have waiting', function () {
  this.timeout(60_000);
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp();
  });
  afterEach(() => running.stop());

  it('is taken past the cap and answered with the crisis reply, while the ordinary ones past it stay refused', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    const fillers = Array.from({ length: 60 }, (_, i) => `just some words ${i}`);
    const answers = await Promise.all([...fillers, 'i have taken all my tablets'].map((line) => dl.say(line)));
    const refused = answers.filter((answer) => answer.status === 429);

    expect(answers.at(-1)?.status).to.equal(200);
    expect(refused.length).to.be.greaterThan(10);
    expect(crisisReplies(await dl.poll()).length).to.be.greaterThan(0);
  });

  it('takes a check-in worded message past the cap too, and answers it', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    const fillers = Array.from({ length: 60 }, (_, i) => `just some words ${i}`);
    const answers = await Promise.all([...fillers, 'i feel like a burden to everyone'].map((line) => dl.say(line)));

    expect(answers.at(-1)?.status).to.equal(200);
    expect(answers.filter((answer) => answer.status === 429).length).to.be.greaterThan(10);
    // It ran and was answered. Whether the guard then checks in depends on the question it answers,
    // which the fillers before it moved on (the screen at the cap reads the question stored as it arrives, H264).
    await dl.poll();
    const id = answers.at(-1)?.id;
    expect(dl.seen.some((activity) => activity.from.role === 'bot' && activity.replyToId === id)).to.equal(true);
  });
});

describe('TurnsWaiting: urgent messages past the cap', () => {
  it('takes urgent messages up to its bound past the cap, never ordinary ones, and asks the screen only at the cap', () => {
    const waiting = new TurnsWaiting(2, 3);
    let asked = 0;
    const urgent = (): boolean => {
      asked += 1;
      return true;
    };
    expect([waiting.enter('c', urgent), waiting.enter('c', urgent)]).to.deep.equal(['admitted', 'admitted']);
    expect(asked).to.equal(0);
    expect(waiting.enter('c')).to.equal('refusedFirst');
    expect([1, 2, 3].map(() => waiting.enter('c', urgent))).to.deep.equal(['admitted', 'admitted', 'admitted']);
    expect(waiting.enter('c', urgent)).to.equal('refused');
    expect(waiting.enter('other')).to.equal('admitted');
  });
});
