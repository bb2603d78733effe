import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';

/**
 * Being fed up with life, said alone, gets the suicide check-in, not the crisis reply: H80's
 * `suicide.tiredOfLiving` finds it and the learned layer doubts it. Decided with the shared domain
 * notes (DOMAIN.md): it may be a death wish or everyday frustration, and the domain's failures are
 * missing such an indirect wording and carrying on with routine questions after it. The check-in
 * does neither: it stops the questions and asks straight about thoughts of ending one's life, and
 * a yes, "not sure" or anything unclear gets the crisis reply. Low mood alone is for the mood
 * questions, which screen without a label. With a wish to die it is a crisis; fed up with a thing,
 * nothing.
 */
const screen = createCrisisScreen();

describe('fed up with life (H80): asked straight, never missed', () => {
  for (const text of ['fed up with life', "I'm fed up with life"]) {
    it(`gets the suicide check-in for "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'checkIn', kind: 'suicide' });
    });
  }

  for (const text of [
    'so fed up of life',
    'fed up of living',
    "I'm really fed up with life at the moment",
    'honestly just fed up with life',
    'I am so fed up with life.',
  ]) {
    it(`gets at least the suicide check-in for "${text}"`, () => {
      const found = screen.screen(text);
      expect(found.tier).to.not.equal('none');
      expect(found).to.include({ kind: 'suicide' });
    });
  }

  for (const text of [
    "I'm fed up with life and I want it to end",
    "fed up with life, I don't want to be here any more",
  ]) {
    it(`gets the suicide crisis reply for "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'crisis', kind: 'suicide' });
    });
  }

  for (const text of [
    "I'm fed up with my knees",
    'fed up with the hospital cancelling',
    "I'm fed up with waiting for my results",
    "I'm fed up with the carers being late",
    'fed up with this diet',
  ]) {
    it(`stays quiet for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }
});
