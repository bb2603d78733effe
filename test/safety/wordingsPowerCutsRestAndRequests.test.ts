import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies } from './screenWordings';

/**
 * Screen fixer 23 (H130-H132): everyday words the screen answered as a crisis or checked in on.
 * A power cut read as cutting; a denial worded as "no interest in" read as self-harm; a goal's
 * steps about sleeping through and resting read as not waking up and as an emergency an hour ago;
 * a request that the doctor see the answers, and whom a carer answers for at their asking, read by
 * the learned layer; a carer's "I could slap him sometimes" answered as a crisis. Each with fresh
 * paraphrases; the words beside a disclosure still count.
 */
const screen = createCrisisScreen();

const quiet: Readonly<Record<string, readonly string[]>> = {
  'a power cut, not a cut': [
    'the power cut again last night',
    'another power cut last night, the freezer has defrosted',
    'our electricity got cut off again this morning',
    'the power cut out again today so no tea',
  ],
  'hurting oneself denied as no interest in it': [
    'I have no interest in hurting myself',
    "I've got no desire to harm myself",
    "I'm not interested in hurting myself",
    'he has no interest in hurting himself',
  ],
  'a request that the doctor or nurse see the answers': [
    'Can Dr Patel see this now?',
    'Could my GP see this today?',
    'can Dr. Jones read this now please',
    'will the nurse look at this before my appointment?',
  ],
  'whom a carer answers for, at their asking': [
    'for my husband, he has been asking me to',
    "it's for my wife, she's been asking me to",
    'for my mum, she asked me to',
    'for my dad. he wanted me to do this',
  ],
};

/** A goal's steps (H132): read as said and at a goal's steps, asked nothing. */
const goalSteps = [
  'to not wake up at night',
  'rest for an hour after lunch',
  'to not wake up in the night so much',
  'have a lie down for half an hour after dinner',
  'I will rest for an hour after lunch',
  'put my feet up for an hour in the afternoon',
];

describe('everyday words the screen read as a crisis (screen fixer 23)', () => {
  for (const [what, texts] of Object.entries(quiet)) {
    describe(what, () => {
      for (const text of texts) {
        it(`gets no crisis reply and no check-in for "${text}"`, () => {
          expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
        });
      }
    });
  }

  describe("a goal's steps about sleep and rest", () => {
    for (const text of goalSteps) {
      for (const context of [undefined, 'goalStep'] as const) {
        it(`asks nothing for "${text}" ${context ?? 'read as said'}`, () => {
          expect(screen.screen(text, context)).to.deep.equal({ tier: 'none' });
        });
      }
    }
  });

  // H131: a feeling that comes back, said in exasperation, is asked about straight, not answered
  // as a crisis; the same verbs as a plan or as done still get the crisis reply.
  describe("a carer's exasperation: a check-in about harm to others", () => {
    for (const text of [
      "I could slap him sometimes, I'm so tired",
      "honestly I could shake him some days, I'm exhausted",
      'I could hit him at times, I get no sleep',
    ]) {
      it(`checks in about harm to others for "${text}"`, () => {
        expect(screen.screen(text)).to.include({ tier: 'checkIn', kind: 'harmOthers' });
      });
    }
    itGivesCrisisReplies(screen, [
      ['harmOthers', 'I could slap him'],
      ['harmOthers', "I'm going to hit him"],
      ['harmOthers', 'I hit him last night'],
      ['harmOthers', 'not well. sometimes I lose my temper and slap him'],
    ]);
  });

  describe('the same words beside a disclosure', () => {
    itGivesCrisisReplies(screen, [
      ['selfHarm', 'I cut again last night'],
      ['selfHarm', 'power cut last night so I sat in the dark and cut myself again'],
      ['selfHarm', 'I have no interest in anything except hurting myself'],
      ['suicide', 'can Dr Patel see this before I kill myself'],
      ['suicide', 'I want to go to sleep and not wake up'],
      ['suicide', 'I just want to go to sleep tonight and not wake up in the morning'],
    ]);
  });
});
