import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';

/**
 * The review 24 fixes (H173, H175, H192, H196) widen what is read; these are the everyday
 * wordings each widening must still leave as it found them.
 */
const screen = createCrisisScreen();

describe('review 24 fixes: what each widening leaves alone', () => {
  for (const text of [
    "I'm choking up again just thinking about how kind the nurses were",
    "I'm choking up again.",
    'I looked up how to overdose so I can make sure dad is safe',
    'I had breakfast and took all my morning tablets.',
    'she burnt herself a bit with the curling tongs. She is fine.',
  ])
    it(`gives nothing to "${text}"`, () => {
      expect(screen.screen(text).tier).to.equal('none');
    });

  it('keeps the check-in, not the crisis reply, for "I could kill him sometimes, tonight he would not settle"', () => {
    expect(screen.screen('I could kill him sometimes, tonight he would not settle')).to.include({
      tier: 'checkIn',
      kind: 'harmOthers',
    });
  });

  it('gives the crisis reply to "I\'m choking up, help"', () => {
    expect(screen.screen("I'm choking up, help").tier).to.equal('crisis');
  });
});
