/**
 * Review 25 (safety25, H212): at the carer's "How are you coping?" (`screenAs: coping`) tiredness
 * words are set aside. "tired" is also the first word of "tired of living" / "tired of life", which
 * got the suicide crisis reply (or a check-in) there before (suicide.tiredOfLiving) and now get a
 * check-in or nothing. "struggling" is also set aside, and with it "struggling to breathe".
 */
import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { carerToOwnPart } from '../support/carerScripts';
import { freshAppPerTest } from '../support/startApp';

const screen = createCrisisScreen();

describe('Review 25: "tired of living" at how a carer is coping', () => {
  for (const text of [
    "I'm tired of living",
    "I'm tired of being alive",
    'so tired of life',
    'exhausted and tired of living',
    "I'm so tired of living like this",
  ]) {
    it(`gets the suicide crisis reply for "${text}" at carer.coping`, () => {
      expect(screen.screen(text, 'coping')).to.include({ tier: 'crisis', kind: 'suicide' });
    });
  }
  // "struggling" is set aside as strain, and with it the breathing emergency (the row says "I can't breathe" still gets its reply).
  for (const text of ["I'm struggling to breathe", 'struggling to breathe']) {
    it(`gets the medical emergency crisis reply for "${text}" at carer.coping`, () => {
      expect(screen.screen(text, 'coping')).to.include({ tier: 'crisis', kind: 'medicalEmergency' });
    });
  }
  // These had the suicide check-in there before; now nothing at all.
  for (const text of [
    "I'm worn out and tired of life",
    'not coping, tired of life',
    'tired of fighting to stay alive',
  ]) {
    it(`still asks, at least, about "${text}" at carer.coping`, () => {
      expect(screen.screen(text, 'coping').tier).to.not.equal('none');
    });
  }
});

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Review 25: a carer tired of life at "How are you coping?", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('asks about "not coping, tired of life" rather than taking it as the answer', async () => {
      const atCoping = await sayAll(fresh.client, carerToOwnPart);
      expect(lastQuestion(atCoping), allText(atCoping)).to.equal('carer.coping');
      const reply = await fresh.client.say('not coping, tired of life');

      expect(lastQuestion(reply), allText(reply)).to.be.oneOf(['safety.check', 'safety.checkIn']);
    });

    it('gives the urgent help, 999 first, for "I\'m struggling to breathe"', async () => {
      await sayAll(fresh.client, carerToOwnPart);
      const reply = await fresh.client.say("I'm struggling to breathe");

      expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
      expect(allText(reply)).to.match(/999/);
    });
  });
}
