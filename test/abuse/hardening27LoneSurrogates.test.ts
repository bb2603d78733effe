import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { startApp, type RunningApp } from '../support/startApp';

/** Half of a UTF-16 pair with no other half: no character at all. */
const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The bot's reply texts in what `dl` has seen since `from`. */
const botTexts = (dl: DirectLine, from: number): string[] =>
  dl.seen.slice(from).flatMap((activity) => (activity.from.role === 'bot' && activity.text ? [activity.text] : []));

/** Says `text` and gives the bot's replies to it. */
async function answer(dl: DirectLine, text: string): Promise<string> {
  const from = dl.seen.length;
  expect((await dl.say(text)).status).to.equal(200);
  await dl.poll();
  return botTexts(dl, from).join('\n');
}

/**
 * Hardening 27 (H325): text posted as JSON may hold half of a UTF-16 pair (a "\ud800" escape, or
 * an emoji cut in two by a client). It was kept in the person's name and answers as it came, and
 * said back, stored and sent on: no character at all, shown as "�" or refused by a strict reader
 * of the plan's FHIR or the lead contact's card.
 */
describe('Abuse (hardening 27): half a character in a name or an answer', function () {
  this.timeout(60_000);
  let running: RunningApp;

  beforeEach(async () => {
    running = await startApp();
  });
  afterEach(() => running.stop());

  it('keeps no half character in the name or an answer, and keeps a whole emoji as typed', async () => {
    const dl = await DirectLine.start(running.baseUrl);
    await dl.poll();
    await answer(dl, 'hello');
    await answer(dl, 'myself');
    const named = await answer(dl, 'Ann \ud800');
    expect(named).to.match(/Nice to meet you, Ann\b/);
    expect(lone.test(named), named).to.equal(false);
    await answer(dl, 'skip');
    const noted = await answer(dl, 'my garden\udfff and my cats');
    expect(noted).to.include('my garden and my cats');
    expect(lone.test(noted), noted).to.equal(false);
    const whole = await answer(dl, 'my dog 🐕 walks');
    expect(whole).to.include('my dog 🐕 walks');
  });
});
