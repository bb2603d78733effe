import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itAsksAtLeast, itChecksInOnly, itGetsNothing, itGivesCrisisReplies } from './screenWordings';

/**
 * Safety leftovers 25 (H207-H212): an overdose told before "I'm in a good place now"; a threat to
 * run someone down in a car park or street; a house on fire with someone inside; tablets taken as
 * prescribed told to the clinician; something taken to sleep, and a joke about the garage. Each
 * case with fresh paraphrases and calm look-alikes, so a fix is a family, not one string.
 */
const screen = createCrisisScreen();

describe('an overdose told as done before "I am in a good place now" (H207)', () => {
  itAsksAtLeast(screen, 'medicalEmergency', [
    "I took 40 paracetamol. I'm in a good place now.",
    'I took 32 tablets, I am in a much better place now',
    'Took 40 co-codamol. Things are in a better place now',
    'I swallowed a whole packet of paracetamol. I am in a good place now',
    'I took about 30 of my sertraline. Life is in a better place now.',
  ]);
  describe('a dated or ordinary dose, with the good place after: nothing', () => {
    itGetsNothing(screen, [
      "I took 2 paracetamol. I'm in a good place now.",
      "I took 40 paracetamol in 2015. I'm in a good place now.",
      "Years ago I took 40 paracetamol. I'm in a good place now.",
      "As a teenager I swallowed a whole box of pills. I'm in a much better place now.",
      "I took my tablets. I'm in a good place now.",
    ]);
  });
});

describe('a threat to run someone down in a car park or street (H208)', () => {
  itGivesCrisisReplies(screen, [
    ['harmOthers', "I'm going to run him down in the car park"],
    ['harmOthers', 'I will run her down in the street'],
    ['harmOthers', "I'm going to knock him down in the car park at work"],
    ['harmOthers', 'gonna run that receptionist down in the car park'],
    ['harmOthers', "I'm going to run them over in the supermarket car park"],
  ]);
  describe('a lift, in a car or to a place: nothing', () => {
    itGetsNothing(screen, [
      'run him down to the car park',
      "I'll run him down in the car",
      "I'm going to run her down in the van to the station",
      "I'm going to run my mum over in the car later",
      "I'm going to run the kids down in the car to school",
    ]);
  });
});

describe('a house on fire with someone inside (H209)', () => {
  itGivesCrisisReplies(screen, [
    ['medicalEmergency', "the kitchen's on fire and mum's upstairs"],
    ['medicalEmergency', 'the house is on fire and my dad is trapped inside'],
    ['medicalEmergency', "there's a fire in the flat and I can't get out"],
    ['medicalEmergency', 'the living room is on fire and nan is still inside'],
    ['medicalEmergency', 'fire in the house, my son is stuck in his bedroom'],
    ['medicalEmergency', "the kitchen's caught fire and dad is asleep upstairs"],
  ]);
  describe('no fire, a fire long past, a figure of speech: nothing', () => {
    itGetsNothing(screen, [
      'the kitchen was on fire years ago when mum was upstairs',
      "the fire alarm is going off and mum's upstairs",
      "our team is on fire this season and mum's upstairs watching",
      'the bonfire is burning in the garden and mum is upstairs',
      "the fire's lit in the living room and nan is inside keeping warm",
      'the kitchen caught fire last year when mum was upstairs',
      'we have a lovely open fire in the living room and mum is asleep upstairs',
    ]);
  });
});

describe('tablets taken as prescribed, told to the clinician or not (H210)', () => {
  itGetsNothing(screen, [
    'did you tell dr patel i have been taking all my tablets',
    'I have been taking all my tablets as prescribed',
    'taking all my tablets as prescribed',
    "I've been taking all my pills every day",
    "has anyone told my GP I've been taking all my medication",
    'he has been taking all his tablets',
  ]);
  describe('every tablet taken at once, or with signs after: still read', () => {
    itGivesCrisisReplies(screen, [
      ['medicalEmergency', 'I have taken all my tablets'],
      ['medicalEmergency', 'I have been taking all my tablets and now I feel sleepy'],
    ]);
    itAsksAtLeast(screen, 'medicalEmergency', ['did you tell dr patel i took all my tablets']);
  });
});

describe('something taken to sleep (H211)', () => {
  describe('a sleeping tablet named: nothing', () => {
    itGetsNothing(screen, [
      'I took a sleeping tablet so I can sleep tonight',
      "I've taken my zopiclone so I can sleep tonight",
      "I've taken a sleeping pill so I can get some sleep tonight",
      'I have had my melatonin so I can sleep',
      'took one of my sleeping tablets so I can sleep tonight',
    ]);
  });
  describe('something not named, taken to sleep: asked, not answered as a crisis', () => {
    itChecksInOnly(screen, 'medicalEmergency', [
      "I've taken something so I can sleep tonight",
      "I've taken some stuff so I can get some sleep tonight",
      'I have taken something so I can sleep tonight',
      'just taken something so i can sleep tonight',
    ]);
  });
  describe('to sleep forever, or named by the boxful: the crisis reply', () => {
    itGivesCrisisReplies(screen, [
      ['medicalEmergency', "I've taken something so I can sleep forever"],
      ['medicalEmergency', "I've taken a whole box of sleeping tablets so I can sleep tonight"],
    ]);
  });
});

describe('a threat to a garage or builder taken back as a joke (H211)', () => {
  itGetsNothing(screen, [
    "If the garage don't fix my car soon I'll kill them, honestly! Only joking",
    "If the builders don't finish soon I'll kill them, honestly! Only joking",
    "if the plumber doesn't turn up I'll murder him, seriously! just kidding",
    "if the council don't fix the boiler I'll strangle them honestly only joking",
  ]);
  describe('not taken back, or said not to be a joke: still read', () => {
    itGivesCrisisReplies(screen, [
      ['harmOthers', "If the garage don't fix my car soon I'll kill them, honestly! Not joking"],
      ['harmOthers', "If the garage don't fix my car soon I'll kill them"],
      ['harmOthers', "If the garage don't fix my car I'll kill them, only joking, I've got the knife ready"],
    ]);
  });
});

describe("a carer's tiredness at how they are coping (H212)", () => {
  const atCoping = (text: string) => screen.screen(text, 'coping');
  for (const text of [
    "barely, I haven't slept properly in weeks",
    'not great, I have not slept properly for months',
    "exhausted to be honest, I haven't had a proper night's sleep in weeks",
    'barely coping, shattered all the time',
    "I'm knackered, not slept in days",
  ])
    it(`reads "${text}" there as the answer: nothing`, () => {
      expect(atCoping(text)).to.deep.equal({ tier: 'none' });
    });
  for (const [kind, text] of [
    ['medicalEmergency', "I can't breathe"],
    ['medicalEmergency', "barely, I can't breathe"],
    ['suicide', "barely coping, I haven't slept properly in weeks and I feel like ending it"],
    ['medicalEmergency', "exhausted, and I've taken all my tablets"],
  ] as const)
    it(`still gives the ${kind} crisis reply there for "${text}"`, () => {
      expect(atCoping(text)).to.include({ tier: 'crisis', kind });
    });
  it('still asks about "chest pain down my arm" there', () => {
    expect(atCoping('chest pain down my arm'))
      .to.include({ kind: 'medicalEmergency' })
      .and.not.include({ tier: 'none' });
  });
});

describe("one's own struggle to stay alive (H253, left by review 25)", () => {
  itAsksAtLeast(screen, 'suicide', [
    'struggling to stay alive',
    "I'm struggling to stay alive",
    "honestly I'm finding it hard to stay alive",
    'struggling to stay alive some days',
    "i've been fighting to stay alive since Ron died",
  ]);
  itGetsNothing(screen, [
    'my husband is fighting to stay alive in intensive care',
    'the tomatoes are struggling to stay alive in this heat',
    'struggling to stay awake in the afternoons',
    'mum is battling to stay alive after the stroke',
    "I'm struggling to stay active since the knee op",
  ]);
});
