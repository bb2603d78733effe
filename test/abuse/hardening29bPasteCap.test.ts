import { expect } from 'chai';
import { DirectLine } from '../support/directLineClient';
import { chatAtFirstQuestion, crisisWords, paste, pasteAround, untilAsked, untilQuiet } from '../support/longPaste';

const decided = ' I have decided to end my life tonight. I have the tablets ready. ';

/**
 * Hardening 29b (H370, H377): the whole of a paste of up to 1 MB was screened, about 3 s of one core
 * quiet and 13 to 15 s under load, and 8 large bodies may be read at once, so a stranger with a few
 * addresses could keep the machine busy. A paste is now screened whole up to 200,000 characters; of
 * a longer one only its first and last 10,000, and the person is told it is too long to read, to send
 * it in shorter parts, and where to get help now (999, NHS 111). Pastes are screened one at a time.
 */
describe('Abuse (hardening 29b): the screening of a long paste is bounded', function () {
  this.timeout(120_000);
  const chat = chatAtFirstQuestion();

  it('screens the whole of a paste up to 200,000 characters: a disclosure 150,000 characters in', async () => {
    const posted = await chat.line.say(pasteAround(199_000, decided, 150_000));
    const told = await untilQuiet(chat.line);

    expect(posted.status).to.equal(200);
    expect(told).to.match(/too long/i);
    expect(told).to.match(crisisWords);
  });

  it('asks for a 900,000-character paste in shorter parts, with 999 and 111, and (since hardening 30) screens its middle', async () => {
    const posted = await chat.line.say(pasteAround(900_000, decided, 300_000));
    const told = await untilQuiet(chat.line);

    expect(posted.status).to.equal(200);
    expect(told).to.match(/too long/i);
    expect(told).to.match(/shorter parts/);
    expect(told).to.match(/999/);
    expect(told).to.match(/111/);
    expect(told).to.match(crisisWords);
  });

  for (const [where, at] of [
    ['in its first lines', 2_000],
    ['in its last lines', 895_000],
  ] as const)
    it(`still gives the crisis reply to a disclosure ${where} of a 900,000-character paste`, async () => {
      const posted = await chat.line.say(pasteAround(900_000, decided, at));
      const told = await untilQuiet(chat.line);

      expect(posted.status).to.equal(200);
      expect(told).to.match(/too long/i);
      expect(told).to.match(crisisWords);
    });

  it('screens long pastes from two conversations sent at once, each in its own chat', async () => {
    const other = await DirectLine.start(chat.running.baseUrl);
    await untilAsked(other);
    const [mine, theirs] = await Promise.all([
      chat.line.say(paste(180_000)),
      other.say(pasteAround(180_000, ' My husband says he is going to kill himself tonight. ', 120_000)),
    ]);
    const [toMe, toThem] = await Promise.all([untilQuiet(chat.line), untilQuiet(other)]);

    expect([mine.status, theirs.status]).to.deep.equal([200, 200]);
    expect(toMe).to.match(/too long/i);
    expect(toMe).to.not.match(crisisWords);
    expect(toThem).to.match(crisisWords);
  });
});
