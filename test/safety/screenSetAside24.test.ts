import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';

/**
 * Review 24: today's new exclusions and narrowed patterns (H173, H175, H192) silence or soften
 * disclosures said a little differently, or beside another sentence. Each wording here got the
 * outcome named at 434137c and gets less on main (7551c86).
 */
const screen = createCrisisScreen();

describe('review 24: a game result beside an overdose (H173)', () => {
  // `%gameOrScore%` takes the game out of `harmOthers.assaulted`; the overdose said after it,
  // not at the start of its sentence, is read by nothing (allTakenBare, H171), so nothing at all.
  for (const text of [
    'we beat them in the final, then I went home and took all my pills', // crisis at 434137c
    'we beat them 3-0. I took all my tablets.', // check-in at 434137c
    'we beat them 3-0 and I took all my tablets after', // check-in at 434137c
  ])
    it(`is never nothing for "${text}"`, () => {
      expect(screen.screen(text).tier).to.be.oneOf(['crisis', 'checkIn']);
    });
});

describe('review 24: choking up that is not a feeling (H192)', () => {
  // `exclude.chokingUpFeeling` takes 'again' as words of what moved them.
  it('gives the crisis reply to "I\'m choking up again, help"', () => {
    expect(screen.screen("I'm choking up again, help").tier).to.equal('crisis');
  });
});

describe('review 24: a burn "a little" done to feel something (H192)', () => {
  // The exclusion lists 'to feel' but not 'so I would feel'.
  it('gives the crisis reply to "I burnt myself a little with the kettle so I would feel something"', () => {
    expect(screen.screen('I burnt myself a little with the kettle so I would feel something').tier).to.equal('crisis');
  });
});

describe("review 24: a carer's 'could … sometimes' with a plan after it (H175)", () => {
  // `%meantIt%` only hears 'I mean it', 'not joking'; a time and means said after it are not heard.
  for (const text of [
    'I could kill them both sometimes, and tonight I will',
    'Sometimes I could kill him, I have the pillow ready',
  ])
    it(`gives the harm-to-others crisis reply to "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'crisis', kind: 'harmOthers' });
    });
});

describe('review 24: blind set 23 fixes that stop short (none at 434137c too, so gaps, not regressions)', () => {
  // `suicide.lookedUpHowToOverdose` leaves out 'so I can make sure', meant for keeping someone
  // safe; `medical.takenSomethingToDie` reads 'die', 'end it', 'not wake up', never 'sleep forever'.
  for (const text of [
    'I googled how to overdose so I can make sure it works',
    "mum I've taken something so I can sleep forever",
  ])
    it(`is never nothing for "${text}"`, () => {
      expect(screen.screen(text).tier).to.be.oneOf(['crisis', 'checkIn']);
    });
});
