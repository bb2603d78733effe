import { expect } from 'chai';
import { chatAtFirstQuestion, crisisWords, pasteAround, untilQuiet } from '../support/longPaste';

/**
 * Hardening 30 (H370, H377): of a paste over 200,000 characters only the first and last 10,000 were
 * screened, so a disclosure in its middle got only the too-long answer. The middle is now screened
 * too, in the same bounded windows, as far as the sender's screening budget a minute allows.
 */
describe('Abuse (hardening 30): the middle of a very long paste is screened within a budget', function () {
  this.timeout(180_000);
  const chat = chatAtFirstQuestion();

  it('gives the crisis reply to a disclosure halfway into a 900,000-character paste, after the notice', async () => {
    const posted = await chat.line.say(pasteAround(900_000, ' I have decided to end my life tonight. ', 450_000));
    const told = await untilQuiet(chat.line, 30);

    expect(posted.status).to.equal(200);
    expect(told).to.match(/too long/i);
    expect(told).to.match(/999/);
    expect(told).to.match(crisisWords);
  });

  it('gives only the notice for ordinary words in the middle of a 900,000-character paste', async () => {
    const posted = await chat.line.say(
      pasteAround(900_000, ' I could murder a cup of tea. My phone died twice today. '),
    );
    const told = await untilQuiet(chat.line, 30);

    expect(posted.status).to.equal(200);
    expect(told).to.match(/too long/i);
    expect(told).to.not.match(crisisWords);
  });
});
