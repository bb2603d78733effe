import { expect } from 'chai';
import type { AnswerContext } from '../../safety/answerContext';
import { createCrisisScreen } from '../../safety/screen';
import { itChecksInOnly, itGetsNothing, itGivesCrisisReplies } from './screenWordings';

/**
 * Safety leftovers 26 (H256-H259): struggling to keep going; a threat to a person taken back as a
 * joke; an overdose, a calm word, then a symptom; revenge with the means got and keeping someone
 * safe from oneself. Each with fresh paraphrases and calm look-alikes, so a fix is a family, not
 * one string. A carer's bare "actually he's not" is a bot transcript (test/bot/leftovers26.test.ts).
 */
const screen = createCrisisScreen();
const contexts: readonly (AnswerContext | undefined)[] = [undefined, 'coping', 'wish', 'goalStep'];

describe("one's own struggle to keep going (H256)", () => {
  for (const text of [
    'struggling to keep going',
    "I'm struggling to keep going with it all",
    "I've been struggling to keep going",
    "honestly I'm finding it hard to keep going",
    'struggling to keep going with everything since Ron died',
    "I'm really struggling to keep going anymore",
  ]) {
    for (const context of contexts) {
      it(`gets at least the suicide check-in for "${text}" ${context ? `at a ${context} question` : 'as said'}`, () => {
        const found = screen.screen(text, context);
        expect(found.tier, JSON.stringify(found)).to.not.equal('none');
        expect(found).to.include({ kind: 'suicide' });
      });
    }
  }
  describe('an activity kept going, or someone or something else: nothing', () => {
    itGetsNothing(screen, [
      'struggling to keep going to the gym',
      'struggling to keep going with the diet',
      "I'm struggling to keep going with my exercises",
      'struggling to keep going to the slimming club every week',
      'finding it hard to keep going for walks in this weather',
      'the old car is struggling to keep going',
      'the business is struggling to keep going since covid',
      "I'm struggling to keep going on the bike for more than ten minutes",
    ]);
  });
});

describe('a threat to a person taken back as a joke (H257)', () => {
  describe('asked straight, not the crisis reply and never nothing', () => {
    itChecksInOnly(screen, 'harmOthers', [
      "I'll strangle him, I swear! Only kidding",
      "I'll strangle him, I swear! Only kidding, but he drives me mad",
      "I'll kill her honestly, only joking, she drives me up the wall",
      'I could murder my husband some days, only kidding',
      "I'm going to strangle him, just kidding, he drives me round the bend",
    ]);
  });
  describe('not taken back, said to be no joke, or with an act or means: the crisis reply', () => {
    itGivesCrisisReplies(screen, [
      ['harmOthers', "I'll strangle him, I swear! Not kidding"],
      ['harmOthers', "I'll strangle him, only kidding, I had my hands round his neck last night"],
      ['harmOthers', "I'll strangle him, I swear"],
    ]);
  });
  describe('a trade or a thing joked about: still nothing', () => {
    itGetsNothing(screen, [
      "If the garage don't fix my car soon I'll kill them, honestly! Only joking",
      'I could strangle whoever designed these pill packets',
      "I'll strangle the printer, only joking",
    ]);
  });
});

describe('an overdose told as done, a calm word, then a symptom of poisoning (H259)', () => {
  itGivesCrisisReplies(screen, [
    ['medicalEmergency', "I took all my tablets. I'm in a good place now. I feel really dizzy"],
    ['medicalEmergency', "I've taken all my pills. I'm in a better place now. I feel really drowsy"],
    ['medicalEmergency', "I took all my tablets. Don't worry about me. I feel so lightheaded"],
    ['medicalEmergency', "I took all of my medication. I'm at peace now. I'm being sick"],
  ]);
  describe('a calm word alone, or the day taken as prescribed: no crisis reply', () => {
    for (const text of [
      "I took all my tablets. I'm in a good place now.",
      "I took all my tablets this morning. I'm in a good place now. I feel really dizzy when I stand up",
      "I took all my tablets last year. I'm in a good place now. I feel really dizzy",
    ])
      it(`gets no crisis reply for "${text}"`, () => {
        expect(screen.screen(text).tier).to.not.equal('crisis');
      });
  });
});

describe('revenge with the means got, and keeping someone safe from oneself (H259)', () => {
  itGivesCrisisReplies(screen, [
    ['harmOthers', 'making that landlord pay. Already got hold of the petrol'],
    ['harmOthers', "I'm going to make him pay, I've bought the petrol"],
    ['harmOthers', 'make my ex pay. just got a knife'],
    ['harmOthers', 'keep my wife safe from me'],
    ['harmOthers', 'Goal: keep the kids safe from me'],
    ['harmOthers', 'keeping my partner safe from me is all I think about'],
  ]);
  itGetsNothing(screen, [
    'got petrol for the mower',
    'making the landlord pay for the repairs',
    'keep my wife safe from falls',
    'keep my wife safe from me catching my cold',
    "keep the grandchildren safe from me while I've got covid",
    'keep my husband safe from me and my germs this week',
  ]);
});
