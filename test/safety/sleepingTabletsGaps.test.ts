/**
 * Review 25 (safety25, H211): beside `setAside.sleepingTabletToSleep`, one's own sleeping tablets
 * taken "so I can sleep forever", or with alcohol, get nothing from either layer. Not new (the same
 * before the branch), but the row says "sleep forever" still gets the crisis reply.
 */
import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';

const screen = createCrisisScreen();

describe('Review 25: sleeping tablets taken to sleep forever, or with alcohol', () => {
  for (const text of [
    "I've taken my sleeping tablets so I can sleep forever",
    'taken my sleeping tablets so i can sleep forever',
    "I've taken my sleeping tablets with vodka so I can sleep",
    // H211's note: "so I can sleep forever" is medical.takenSomethingToDie; "to sleep forever" is not read.
    'taken something to sleep forever',
  ]) {
    it(`still asks, at least, about "${text}"`, () => {
      expect(screen.screen(text).tier).to.not.equal('none');
    });
  }
});
