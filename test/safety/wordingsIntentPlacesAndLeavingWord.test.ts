import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies, itGivesNoCrisisReply } from './screenWordings';

/**
 * Blind set 21's suicide errors, scored on first contact and now test data, tested by mechanism
 * (H105): each wording is paraphrased afresh, never pasted, beside calm look-alikes that must stay
 * quiet (advance care planning, prognoses, waiting-list hyperbole, trips and moves). Certainty of
 * being dead by a near day, not needing things much longer with the decision made, a head held
 * under the bath water, asking to be let die, joining someone who died with the means, a place that
 * pulls, a long life to be closed oneself, done with being alive, word of why for when they are
 * found, a high place "not for the view", and treatment stopped so the illness takes them.
 */
const mustGetCrisis: readonly [string, string][] = [
  // Certain to be dead by a near day, as a score or with "so it doesn't matter".
  ['suicide', "Confidence 10 out of 10, I'll be dead by the next appointment anyway"],
  ['suicide', "I'm certain I will be dead by Christmas so none of this matters"],
  ['suicide', "score 9/10 that I'll be dead by the review, so what does it matter"],
  // Won't need them much longer, with the decision made.
  ['suicide', "Cancel my hearing aid fitting, I won't be needing them much longer. My mind's made up."],
  ['suicide', "no need to order more of my tablets, I won't need them for much longer, I've decided"],
  ['suicide', "I've made my decision, so don't bother with the new glasses, I won't need them much longer"],
  ['suicide', "he says don't bother with his new shoes, he won't need them much longer, he's made up his mind"],
  // A head held under the water in the bath.
  ['suicide', 'last night I held my head under the bathwater until I nearly blacked out'],
  ['suicide', "I keep holding myself under the water in the bath, hoping I won't come up"],
  ['suicide', 'I tried to keep my head under the water till I passed out'],
  // Asking to be let die.
  ['suicide', "honestly I wish they'd just let me die"],
  ['suicide', 'please just let me die'],
  ['suicide', "why won't anyone let me die"],
  ['suicide', 'I want them to leave me alone and let me die'],
  ['suicide', "I'd prefer it if everyone would just leave me to die"],
  // Going to join someone who died, with the means asked for or kept.
  ['suicide', "Since Dad went, Mum keeps saying she's ready to join him, and she's asked where the tablets are kept"],
  ['suicide', 'My husband talks about going to be with his late wife and wants to know where his shotgun is'],
  ['suicide', "Grandad says he's off to join Nan soon and he's been hunting for his old army pistol"],
  // A high place, a window or a railway that pulls, or how quick it would be.
  ['suicide', 'I keep thinking about the bridge over the bypass, it pulls at me'],
  ['suicide', "mood yes. can't stop thinking about the train tracks behind the house, how easy it would be"],
  ['suicide', 'I keep looking at the window on the top floor and thinking how fast it would be'],
  ['suicide', 'The level crossing near us draws me, how quick it would all be over'],
  ['suicide', 'the multi storey by the hospital keeps calling to me'],
  // A long life had, and the intent to close it oneself.
  ['suicide', "I've had a long life and I intend to close it myself soon, I've got what I need"],
  ['suicide', "I'm 81, I've had a good run and I plan to bring it to a close myself"],
  ['suicide', "had a good innings, I'm ready to call time on it myself, the means are in the drawer"],
  ['suicide', "I've lived long enough and I mean to close things myself before winter"],
  // Done or finished with being alive.
  ['suicide', "I'm finished with living, honestly"],
  ['suicide', 'done with life. done with all of it.'],
  ['suicide', 'I am so done with being alive'],
  ['suicide', "through with existing, I've had enough"],
  // Word of why, for when they are found.
  ['suicide', "I'm only answering these so people know why, after they find me"],
  ['suicide', 'at least this will show them why when they find me'],
  ['suicide', "this is so there's something explaining why, for when someone finds me"],
  // A cliff, a bridge or a car park, "not for the view".
  ['suicide', 'Plan for the weekend: drive to the cliffs. Not for the scenery.'],
  ['suicide', 'Thinking of going up the multi storey. Not to admire the view.'],
  ['suicide', 'Goal: a trip to Beachy Head, and not for the view'],
  ['suicide', "I'll get the train to the bridge, not for sightseeing"],
  // Treatment stopped so the illness takes them: suicide, not self-harm.
  ['suicide', 'stopped my insulin so the diabetes will take me'],
  ['suicide', "I've given up my heart tablets deliberately so my heart gives out"],
  ['suicide', 'not doing dialysis any more so the kidneys finish me'],
];

/**
 * Found by a pattern, but the learned layer all but rules the short wording out (below
 * `patternDoubt`), so the person is asked directly: a check-in, never nothing.
 */
const mustGetAtLeastCheckIn: readonly [string, string][] = [
  ['suicide', 'in the bath I put my head under and stayed there as long as I could'],
  ['suicide', "so my family understand why when I'm found"],
];

const mustNotGetCrisis: readonly string[] = [
  "I'll be dead by the time they fix the lift",
  "at this rate I'll be dead by Christmas waiting for this operation",
  "my confidence is 8/10 I'll be done by the review",
  "Confidence 10/10 I'll be fitter by the review",
  "Don't bother with the new glasses, I won't need them much longer, the cataract op is next month",
  "I've made my decision about the care home, I won't need the stairlift much longer",
  "I won't need the stairlift much longer, I've made my decision, I'm moving to a care home",
  "I won't need the crutches much longer, I've decided to push on with the physio",
  'I held my head under the cold tap to cool down',
  'at swimming I held my head under for as long as I could, 12 seconds',
  'I hold my head under the shower for ages, it helps my sinuses',
  "if my heart stops, let me die peacefully, I don't want CPR",
  "I'd rather they let me die at home than in hospital",
  'if it comes to it, please let me die with dignity',
  "please don't let me die, I'm scared of this operation",
  'my brother let me die in the game again',
  "Dad's going to join Mum at the bingo and asked where his wallet went",
  'Mum wants to join Dad in the care home, she asked where her tablets would be kept',
  'My husband wants to join his brother on the shoot, he asked where his shotgun certificate is',
  'The bridge pulls at my heartstrings, we got engaged there',
  'the window on the top floor is stuck, how easy it would be to fix if the landlord bothered',
  'the cliffs keep calling to me, I want to walk the coast path again this summer',
  'my daughter waits on the platform and she calls me every day',
  'the carer pulls me up out of the chair by the window',
  'my granddaughter draws me pictures by the window',
  'the club has had a good run and I intend to close it myself at Christmas',
  "I've had a good innings at work and I plan to call time on it myself next year, retirement",
  "I'm done with living in this damp flat",
  'done with life admin for today, the forms are finished',
  "I'm through with living alone, I've joined a lunch club",
  "I'm filling this in so there's a record of why I missed my appointments",
  'I keep my medication list by the door so the paramedics know what I take when they find me',
  'writing it down so they know why the boiler keeps going off',
  'Goal: walk up to Beachy Head for the view, with my daughter',
  "We're going to the cliffs, not for the view but for the fish and chips",
  "We park on top of the multi storey, not for the view, it's just always empty",
  'the doctor stopped my insulin so the diabetes team can review it',
  "I gave up my heart tablets on the GP's advice so my heart rate would go up",
];

describe('blind set 21 by mechanism: intent, places, asking to die and leaving word', () => {
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
