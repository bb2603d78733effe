import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies, itGivesNoCrisisReply } from './screenWordings';

/**
 * Screen fixer 23 (H133, H134): disclosures the screen missed or only checked in on, and a place
 * read as a method. "od'd" typed with its apostrophe read as "odd"; a bus stop layby read as the
 * bus to drive into while a wall was not read at all; self-harm come back as "the razor one";
 * leaving word of why for when one is found doubted by the learned layer; a head under the bath
 * water as a plan only checked in on. Each with fresh paraphrases and look-alikes.
 */
const screen = createCrisisScreen();

describe('disclosures the screen missed or only checked in on (screen fixer 23)', () => {
  describe("an overdose typed as od'd", () => {
    itGivesCrisisReplies(screen, [
      ['medicalEmergency', "od'd"],
      ['medicalEmergency', "I od'd last night"],
      ['medicalEmergency', "i've od'd on my tablets"],
      ['medicalEmergency', "OD'd again on sunday"],
      ['medicalEmergency', 'she od’d on her tablets'],
      ['medicalEmergency', "he's OD'ed"],
    ]);
    itGivesNoCrisisReply(screen, ['that is odd', "it's odd, I slept all night last night"]);
    it('asks nothing for "that is odd"', () => {
      expect(screen.screen('that is odd')).to.deep.equal({ tier: 'none' });
    });
  });

  describe('driving into something, not somewhere', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', "I'm going to drive into a wall"],
      ['suicide', 'I want to crash into a tree on the way home'],
      ['suicide', 'thinking of driving into a wall on the motorway'],
      ['suicide', "I'm going to drive my car into a tree"],
      ['suicide', "I'm going to jump off the bridge"],
    ]);
    for (const text of [
      "I'm going to drive into the bus stop layby",
      "I'll drive into the bus station to pick her up",
      'going to walk into the train station at 10',
      'I drove into a wall on the ice last winter',
    ]) {
      it(`asks nothing for "${text}"`, () => {
        expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
      });
    }
  });

  describe('self-harm come back as an old habit', () => {
    itGivesCrisisReplies(screen, [
      ['selfHarm', 'Back at my old habit. The razor one.'],
      ['selfHarm', 'back to my old habit. the blade one'],
      ['selfHarm', 'gone back to my old habit, the razor one'],
    ]);
  });

  describe('leaving word of why for when one is found', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', "so my family understand why when I'm found"],
      ['suicide', 'so my son knows why when I am found'],
      ['suicide', 'writing this so they understand why, once they find me'],
    ]);
  });

  describe('a head under the bath water, as a plan', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', "I'm going to put my head under the bath water"],
      ['suicide', "I'll hold my head under the water in the bath until it's over"],
      ['suicide', 'planning to keep my face under the bath water tonight'],
    ]);
    for (const text of [
      "I'm going to put my head under the water to rinse my hair",
      'the physio wants me to hold my head under the water for 5 seconds at the pool',
    ]) {
      it(`gives no crisis reply for "${text}"`, () => {
        expect(screen.screen(text).tier).to.not.equal('crisis');
      });
    }
  });
});
