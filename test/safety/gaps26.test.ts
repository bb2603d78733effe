import { expect } from 'chai';
import { createCrisisScreen, defaultScreenParts } from '../../safety/screen';
import {
  itAsksAtLeast,
  itChecksInOnly,
  itGetsNothing,
  itGivesCrisisReplies,
  itGivesNoCrisisReply,
} from './screenWordings';

/**
 * Gaps 26 (H291, H292): disclosures the screen gave nothing (nothing to live for said as not
 * being able to think of anything, wanting to stop breathing, wanting to stop everything for good,
 * trapped in a car with water coming in) and a figure of speech ("I'm drowning here") read as
 * drowning someone. Each with fresh wordings and calm look-alikes, so a fix is a family.
 */
const screen = createCrisisScreen(defaultScreenParts());

describe('not being able to think of anything to live for (H291)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', "I can't think of anything to live for"],
    ['suicide', "can't think of a reason to live"],
    ['suicide', "I can't see anything worth living for"],
    ['suicide', 'I cannot find anything to live for any more'],
    ['suicide', "I can't think of one thing worth living for"],
    ['suicide', "I can't see anything left to live for"],
  ]);
  itGetsNothing(screen, [
    "I can't think of anything to ask for at the appointment",
    "I can't see anything worth watching on telly",
    'she has so much to live for',
  ]);
});

describe('wanting to stop breathing (H291)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', 'I want to stop breathing'],
    ['suicide', 'I need to stop breathing'],
    ['suicide', 'I wish I could stop breathing'],
    ['suicide', 'I just want to stop breathing and not wake up'],
    ['suicide', "honestly I need to stop breathing, I can't do this any more"],
  ]);
  describe('said as a wish the learned layer all but rules out: the suicide check-in at least', () => {
    itAsksAtLeast(screen, 'suicide', [
      'I wish I could just stop breathing',
      "some days I wish I'd just stop breathing",
    ]);
  });
  describe('how one breathes, or breathing that stops in sleep: nothing', () => {
    itGetsNothing(screen, [
      'I need to stop breathing so fast',
      'the nurse says I need to stop breathing so quickly when I panic',
      'I need to stop breathing in the dust at work',
      "I don't want to stop breathing",
      'he stops breathing at night (sleep apnoea)',
      'he stops breathing in his sleep, the machine helps',
    ]);
  });
  describe('breathing through the mouth: no crisis reply', () => {
    itGivesNoCrisisReply(screen, ['stop breathing through my mouth']);
  });
});

describe('wanting to stop everything for good (H291)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', 'I want to stop everything for good'],
    ['suicide', 'I want it all to stop for good'],
    ['suicide', "I want to stop everything for good, I'm so tired of it"],
    ['suicide', 'I just want to stop it all for good'],
  ]);
  itGetsNothing(screen, [
    'I want to stop smoking for good',
    'I want to stop everything for good on the allotment',
    'I want to stop everything for good at work and retire',
  ]);
});

describe('trapped in a car with water coming in (H292)', () => {
  itGivesCrisisReplies(screen, [
    ['medicalEmergency', "I'm drowning, water in the car"],
    ['medicalEmergency', "water is coming into the car and I can't get out"],
    ['medicalEmergency', "the car is filling with water and I can't open the door"],
    ['medicalEmergency', "we're stuck in the car and the water is rising"],
  ]);
  itGetsNothing(screen, [
    "there's water in the car footwell again, the seal has gone",
    "I'm drowning in paperwork for the car insurance",
    "we left water in the car, I can't get out much since my op",
  ]);
});

describe('"I\'m drowning here", overwhelmed (H292)', () => {
  for (const text of ["I'm drowning here", "I'm drowning here with all the forms", "I'm drowning here lol"]) {
    it(`is never read as harm to others, at most a check-in, for "${text}"`, () => {
      const found = screen.screen(text);
      expect(found.tier, JSON.stringify(found)).to.not.equal('crisis');
      expect(found, JSON.stringify(found)).to.not.include({ kind: 'harmOthers' });
    });
  }
  describe('as the whole message: the suicide (mood) check-in, not the medical one', () => {
    itChecksInOnly(screen, 'suicide', [
      "I'm drowning here",
      "honestly, I'm drowning here!",
      "I'm drowning here at the moment",
    ]);
  });
  describe('drowning someone, or drowning with water in the car, is read as ever', () => {
    itGivesCrisisReplies(screen, [
      ['harmOthers', "I'm going to drown her in the bath"],
      ['medicalEmergency', "I'm drowning here, water is coming into the car"],
    ]);
  });
});

describe('wishing one could just die (H293)', () => {
  describe('a wish to die, however softened: asked about at least', () => {
    itAsksAtLeast(screen, 'suicide', [
      'I wish I could just die',
      'I wish I could die',
      'wish i could just die tbh',
      'sometimes I wish I could just die',
      'I wish I could die in my sleep',
      'some days I wish he could just die peacefully and be done',
    ]);
  });
  describe('idioms and a mistyped dye: nothing', () => {
    itGetsNothing(screen, [
      'I wish I could just die laughing at that programme',
      'I wish I could die my hair like I used to',
      'I could just die of embarrassment',
    ]);
  });
});
