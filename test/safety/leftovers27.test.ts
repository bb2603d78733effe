import { createCrisisScreen } from '../../safety/screen';
import {
  itAsksAboutSomeoneElse,
  itAsksAtLeast,
  itChecksInOnly,
  itGetsNothing,
  itGivesCrisisReplies,
  itGivesNoCrisisReply,
} from './screenWordings';

/**
 * Safety leftovers 27 (H282, H286, H291-H295): a wish to stop breathing, not to wake up or to
 * disappear for good softened with "just"; a car at the garage read as the car-fumes method;
 * drowning as a figure of speech; the kids' dinner as the one threatened; a carer naming the person
 * later in the message. Each with fresh wordings and calm look-alikes, so a fix is a family, not one
 * string. The conversation's side is test/bot/leftovers27.test.ts.
 */
const screen = createCrisisScreen();

describe('a wish to be gone, softened with "just" (H291, H295)', () => {
  describe('a wish to stop breathing, not to wake up or to be gone for good: the suicide crisis reply', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', 'I wish I could just stop breathing'],
      ['suicide', 'sometimes I wish I could just stop breathing'],
      ['suicide', 'I wish I could just stop breathing forever'],
      ['suicide', 'I wish I could just not wake up'],
      ['suicide', 'I wish I could not wake up'],
      ['suicide', 'some days I wish I could just not wake up.'],
      ['suicide', 'I wish I could go to sleep and never wake up'],
      ['suicide', 'I wish I could just go to sleep forever'],
      ['suicide', 'I wish I could just disappear forever'],
      ['suicide', 'I wish I could disappear for good'],
      ['suicide', 'I wish I could just vanish forever'],
      ['suicide', 'I wish I could just disappear and never come back'],
      ['suicide', 'I wish I could just not be here'],
      ['suicide', 'I wish I could just not exist'],
      ['suicide', 'I wish I could stop existing'],
      ['suicide', 'I wish I could just stop living'],
      ['suicide', 'I wish I could just be dead'],
      ['suicide', 'I want to stop breathing'],
    ]);
  });
  describe('a wish to disappear, no more said: the suicide check-in at least', () => {
    itAsksAtLeast(screen, 'suicide', [
      'I wish I could just disappear',
      'sometimes I wish I could just disappear',
      'I want to just disappear',
      'honestly I wish I could disappear',
    ]);
  });
  describe('a holiday, a night through, a sleep condition, how one breathes: nothing', () => {
    itGetsNothing(screen, [
      'I wish I could just disappear to the Lakes for a week',
      'I wish I could just disappear for a week',
      'sometimes i wish i could just disappear to a beach for a week lol, holiday needed',
      'I wish I could just disappear into a good book',
      'I wish I could sleep through the night',
      'I wish I could not wake up at 5am every day',
      'I wish I could just not wake up in the night to pee',
      'he stops breathing at night (sleep apnoea)',
      'he stops breathing in his sleep, the machine helps',
      'I need to stop breathing so fast when I walk',
    ]);
  });
  describe("breathing down one's neck or on one's glasses (H294): no crisis reply", () => {
    itGivesNoCrisisReply(screen, [
      "I wish he'd stop breathing down my neck",
      'I wish she would just stop breathing down my neck',
      'my boss needs to stop breathing down my neck',
      'I need to stop breathing on my glasses, they steam up',
      'I wish the social worker would stop breathing down our necks about the forms',
    ]);
  });
});

describe('a car at the garage, water in its engine (H292)', () => {
  describe('a car in for repair: nothing', () => {
    itGetsNothing(screen, [
      "water got into the car engine, it's at the garage",
      'my car is at the garage',
      "the car's at the garage",
      'the car is at the garage, water got into the engine',
      'the garage says water got into the engine',
      "water got into the car engine so it's in the garage till Friday",
      'water in the car engine, garage have got it',
      "I flooded the engine, the car's at the garage",
      "rain got into the car engine, it's at the garage",
      "water got into the van's engine, it's in the garage being fixed",
      "car's at the garage again, the engine flooded",
    ]);
  });
  describe('the car, the garage and the engine running, or trapped in water: the crisis reply as before', () => {
    itGivesCrisisReplies(screen, [
      ['medicalEmergency', "water is coming into the car and I can't get out"],
      ['medicalEmergency', "I'm drowning, water in the car"],
      ['suicide', 'sitting in the car in the garage with the engine running'],
      ['suicide', 'bought a hosepipe and some duct tape today, the cars in the garage. anyway what else do you need'],
      ['suicide', "I'm going to run the car engine in the garage with the door shut"],
      ['suicide', "my car's at the garage and I want to end it all"],
    ]);
  });
});

describe('drowning as a figure of speech (H289, H292)', () => {
  describe('as the whole message: the suicide check-in, how they are, never the medical reply', () => {
    itChecksInOnly(screen, 'suicide', [
      "I'm drowning here",
      "we're drowning here",
      'we are drowning here',
      "I'm drowning",
      "honestly we're drowning",
    ]);
  });
  describe('drowning in things, or the feeling: nothing, as H289 decided', () => {
    itGetsNothing(screen, ["we're drowning in paperwork", "I feel like I'm drowning"]);
  });
});

describe("food as the one 'threatened' (H286)", () => {
  describe("the kids' dinner or tea: nothing", () => {
    itGetsNothing(screen, [
      "I'll kill the kids' dinner lol",
      "I'll kill the kids dinner lol",
      "I'm going to murder the kids' tea haha, burnt again",
      "I'll smother the kids' chips in gravy lol",
      "could kill the grandkids' packed lunches lol",
    ]);
  });
  describe('a baby or child threatened, joked or not, or their food poisoned: the crisis reply as before', () => {
    itGivesCrisisReplies(screen, [
      ['harmOthers', "I'll smother the baby, only joking"],
      ['harmOthers', 'I could murder the children, just kidding'],
      ['harmOthers', "I'll kill the kids lol"],
      ['harmOthers', "I'm going to poison the kids' dinner"],
    ]);
  });
});

describe('a carer naming the person later in the message (H282)', () => {
  itAsksAboutSomeoneElse(
    screen,
    ['mum', 'Ron'],
    [
      'I look after mum and Ron is struggling to keep going',
      'I look after dad and mum is struggling to keep going',
      "I do what I can and Ron's struggling to keep going with it all",
      'I work full time so Ron is finding it really hard to keep going',
    ],
  );
  describe('an activity kept going, or something else: nothing', () => {
    itGetsNothing(screen, [
      'I look after mum and Ron is struggling to keep going with his exercises',
      'I look after mum and the agency is struggling to keep going',
      'I drive and the car is struggling to keep going',
      'I look after mum and things are struggling to keep going at the day centre',
      'I look after mum and Ron is no longer struggling to keep going',
    ]);
  });
});
