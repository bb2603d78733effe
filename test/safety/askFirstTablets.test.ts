/**
 * Review 25 (safety25, H211): `askFirst.takenSomethingToSleep` makes a check-in of any unnamed
 * thing taken to sleep "whatever the learned layer scores". Its words include "some tablets" and
 * "some pills", which the learned layer gave the crisis reply before (0.95, 0.996): pills
 * swallowed, amount unknown, are now only asked about.
 */
import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';

const screen = createCrisisScreen();

describe('Review 25: tablets taken to sleep that had the crisis reply before askFirst', () => {
  for (const text of [
    "I've taken some tablets so I can sleep tonight",
    "I've swallowed some pills so I can sleep tonight",
  ]) {
    it(`still gets the crisis reply for "${text}"`, () => {
      expect(screen.screen(text).tier).to.equal('crisis');
    });
  }
});
