/**
 * Fixes for review 27 (H291-H295, H304-H309): the families around the reviewer's wordings. Each
 * narrowed set-aside or exclusion still sets aside the calm words it was written for, and each
 * narrowed pattern still leaves its look-alikes alone; the wordings it had swallowed are read again.
 */
import { createCrisisScreen } from '../../safety/screen';
import { itAsksAtLeast, itGetsNothing, itGivesCrisisReplies, itGivesNoCrisisReply } from './screenWordings';

const screen = createCrisisScreen();

describe('Review 27 fixes: a goodbye for now sets aside only the rest, the form or the plan finished later', () => {
  itGetsNothing(screen, [
    "bye for now, I'll finish the rest of it later",
    'bye for now, ill do the questions on monday',
    'goodbye for now, I will fill in the form later',
  ]);
  itGivesCrisisReplies(screen, [['suicide', 'bye for now, im going to go through with it tonight']]);
});

describe("Review 27 fixes: stop breathing down one's neck, over one's shoulder, near the fumes: no crisis reply", () => {
  itGivesNoCrisisReply(screen, [
    'I wish he would stop breathing over my shoulder',
    'I need to stop breathing near the fumes at work',
    'he needs to stop breathing all over my food',
    "I wish he'd stop breathing down the phone at me",
    'i need to stop breathing around the paint fumes',
  ]);
});

describe('Review 27 fixes: a belief of being poisoned is still blanked when who is accused is said', () => {
  itGetsNothing(screen, [
    'mum keeps accusing us of trying to poison her, she has alzheimers',
    'gran is convinced someone is drugging her',
  ]);
});

describe('Review 27 fixes: a cared-for parent or child, or a habit of wetting or crying, before "I could throttle"', () => {
  itGivesCrisisReplies(screen, [
    ['harmOthers', 'dad keeps wetting the bed every night, i could strangle him'],
    ['harmOthers', 'the baby keeps crying every night, i could throttle him'],
  ]);
});

describe('Review 27 fixes: a car at the garage with another way, or tablets to be taken', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', "the car's at the garage so it will have to be another way"],
    ['suicide', "the car is at the garage, I'll have to take all my tablets"],
  ]);
  itGetsNothing(screen, ['the car is at the garage so I cannot collect my tablets, can someone deliver them']);
});

describe('Review 27 fixes: ready to go with a walk named, and a body part whose owner it kills', () => {
  itGetsNothing(screen, [
    "I'm ready to go. boots bought, route planned, off for a walk on saturday",
    "my husband's back is killing him",
    'the stairs are killing him',
  ]);
  itGivesCrisisReplies(screen, [
    ['harmOthers', 'his hands are killing her'],
    ['harmOthers', 'my hands are killing him'],
  ]);
});

describe("Review 27 fixes: a wish that someone else would stop living is asked about, not the writer's crisis", () => {
  itAsksAtLeast(screen, 'harmOthers', ['I wish she could just stop living, she is in so much pain']);
  itGivesCrisisReplies(screen, [
    ['suicide', 'I wish I could just not be here any more, everything hurts'],
    ['suicide', 'I wish I would just go to sleep forever'],
  ]);
});

describe('Review 27 fixes: a threat with when, and a blow not a kill', () => {
  itGivesCrisisReplies(screen, [
    ['harmOthers', 'she said she is going to get me when I leave work'],
    ['harmOthers', 'ma fella is gonnae kick me again the night'],
    ['harmOthers', 'my husband is going to kill me when he gets back, he said so, last time he broke my arm'],
  ]);
  itGivesNoCrisisReply(screen, ['my dad is going to batter me again, I crashed his car']);
});
