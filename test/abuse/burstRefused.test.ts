import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';

/**
 * Review 24 (H195): a person who types in short lines, pressing enter after each, has several
 * messages waiting while the first turn runs. Past the 4th, a message is refused with 429 and
 * never screened; Web Chat shows "Send failed" and does not send it again by itself, so an
 * overdose told in the 5th line gets no crisis reply unless the person presses retry.
 */
describe("review 24: a disclosure in the 5th of a person's quick short lines on Web Chat", function () {
  this.timeout(60_000);
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp();
  });
  afterEach(() => running.stop());

  it('is screened and answered with the crisis reply', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    const lines = ['hi', 'sorry', 'i cant', 'do this', 'i have taken all my tablets'];
    const statuses = await Promise.all(lines.map(async (line) => (await dl.say(line)).status));
    const shown = await dl.poll();
    // The refusal notice names 999 too: only a reply that is not it counts.
    const crisis = shown.filter(
      (activity) =>
        activity.from.role === 'bot' && /999/.test(activity.text ?? '') && !/send.+again/i.test(activity.text ?? ''),
    );

    expect(statuses.at(-1)).to.equal(200);
    expect(crisis.length).to.be.greaterThan(0);
  });
});
