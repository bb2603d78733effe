/**
 * Review 25 (safety25, H207): `timing.resolvedNotFor` keeps an overdose told as done, counted or
 * by the packet, from being set aside by "I'm in a good place now". The plainest telling, "all my
 * tablets" with no "at once", is still set aside: nothing at all (a gap in the claim, not new).
 */
import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';

const screen = createCrisisScreen();

describe('Review 25: an overdose told as "all my tablets" before a good place', () => {
  for (const text of [
    "I took all my tablets. I'm in a good place now.",
    "I took all my pills. I'm in a much better place now.",
  ]) {
    it(`still asks, at least, about "${text}"`, () => {
      expect(screen.screen(text).tier).to.not.equal('none');
    });
  }
});
