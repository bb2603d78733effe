import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies, itGivesNoCrisisReply } from './screenWordings';

/**
 * Blind set 21's self-harm errors, scored on first contact and now test data, tested by mechanism
 * (H105): each wording is paraphrased afresh, never pasted, beside calm look-alikes that must stay
 * quiet. Hurting oneself as the one thing left of interest (a mood answer the learned layer doubted),
 * cutting named body parts "them" again inside a long answer, an old habit with blades, "I cut
 * again" with nothing after it, doing stuff to oneself, and a hand held on the hob.
 */
const mustGetCrisis: readonly [string, string][] = [
  // Hurting oneself as the only interest or wish left: beyond the learned layer's doubt.
  ['selfHarm', 'no interest in anything apart from hurting myself'],
  ['selfHarm', 'not much pleasure in anything other than cutting myself'],
  ['selfHarm', 'lost interest in everything except harming myself'],
  ['selfHarm', 'nothing interests me any more except hurting myself'],
  ['selfHarm', 'the only thing I want to do these days is hurt myself'],
  // Arms, legs or wrists named, then cut "them" again, in a long answer or a carer's.
  ['selfHarm', "My legs are the barrier really, I've started cutting them again and I'd hate anyone to see"],
  [
    'selfHarm',
    "Barriers: the buses, money, my knee. And my arms, because I've gone back to cutting them and people would notice in short sleeves. Confidence 5.",
  ],
  ['selfHarm', 'the problem is my thighs, I keep slicing them again when things get bad'],
  ['selfHarm', "she won't wear short sleeves, her wrists are a mess, she's been cutting them again since Easter"],
  // An old habit with a razor or blades.
  ['selfHarm', 'Slipped back into my old habit, the one with the razor'],
  ['selfHarm', 'Gone back to the old habit with the blades this week'],
  ['selfHarm', "I'm doing the blade thing again, like when I was at school"],
  // "I cut again", with nothing after it but the end of the clause or a time.
  ['selfHarm', "Nobody knows, but I've cut again."],
  ['selfHarm', 'she cut again, I found the plasters in the bin'],
  ['selfHarm', 'I cut again and hid it under my sleeves'],
  ['selfHarm', 'i went and cut again last week'],
  // Doing stuff or bad things to oneself.
  ['selfHarm', 'honestly I keep doing things to myself, there are marks all over my arms'],
  ['selfHarm', "I've been doing stuff to myself again, bruises all up my legs"],
  ['selfHarm', "She's been doing stuff to herself, I saw the marks on her thighs"],
  ['selfHarm', "I do bad things to myself when I'm low"],
  // A hand or arm pressed on a hob, an iron or a hotplate.
  ['selfHarm', "I've been holding my arm against the iron until it blisters"],
  ['selfHarm', 'I pressed my palm onto the cooker ring on purpose'],
  ['selfHarm', 'She keeps pressing her hand on the hot hob, then says it was an accident'],
  ['selfHarm', 'I held my fingers on the hotplate till it hurt'],
];

/**
 * Found by the pattern, but the learned layer all but rules the short wording out (below
 * `patternDoubt`), so the person is asked directly: a check-in, never nothing.
 */
const mustGetAtLeastCheckIn: readonly [string, string][] = [
  ['selfHarm', 'Back at my old habit. The razor one. Like it used to be.'],
];

const mustNotGetCrisis: readonly string[] = [
  'little interest in anything except the garden',
  'no interest in anything except my grandchildren',
  'The only thing I want to do is get my hip sorted',
  'my arms got sunburnt at the weekend, I keep burning them again in the garden',
  "my legs are hairy so I've been shaving them again since the summer",
  "The roses by my legs of the bench are overgrown, I've been cutting them back again",
  'Been doing my old habit again, the crossword with a cup of tea',
  'My old habit of biting my nails is back',
  'Gone back to my old habit of wet shaving with a razor',
  'bought a new razor and blades, old habit of stocking up',
  'Back to my old habit with the razor, head shaved again',
  'Back to my old habit with the lighter and the fags',
  'they cut again, my hours are down to ten a week',
  'I had my hair cut again, much shorter this time',
  'I cut again and again at the brambles but they come back',
  'I keep doing things for myself now, like the shopping',
  "I've been doing stuff by myself since the carer left",
  'I do little things for myself like a bath and a face mask',
  "I put my hand on the hob by accident, it wasn't even on",
  'I held my hands near the radiator to warm them up',
  'pressing my hand on the table to get up out of the chair',
  'I pressed my hand on the iron by mistake, ran it under the tap',
];

describe('blind set 21 by mechanism: self-harm told sideways or inside an answer', () => {
  const screen = createCrisisScreen();

  itGivesCrisisReplies(screen, mustGetCrisis);
  itGivesNoCrisisReply(screen, mustNotGetCrisis);

  for (const [kind, text] of mustGetAtLeastCheckIn) {
    it(`gets the ${kind} crisis reply or its check-in for "${text}"`, () => {
      const result = screen.screen(text);
      expect(result.tier).to.not.equal('none');
      expect(result).to.include({ kind });
    });
  }
});
