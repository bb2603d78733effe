import { expect } from 'chai';
import { createCrisisDetector, crisisPatternsSchema } from '../../safety/patterns/patternDetector';
import { createCrisisScreen, defaultScreenParts } from '../../safety/screen';
import patternsFile from '../../safety/data/crisis-patterns.json';
import { itGetsNothing, itGivesCrisisReplies } from './screenWordings';

/**
 * Explorer 26's false alarms (H289, H290): a carer's "I feel like I'm drowning" read as a medical
 * emergency, "can't think of any" at the goal question as one, and stopping now and coming back
 * as thoughts of suicide, so the pause never came. Each with fresh wordings, and the look-alikes
 * that must keep whatever the screen gave them before (the set-asides are for these whole
 * messages only).
 */
const screen = createCrisisScreen();

/** The ids these readings added; a screen without them is the screen as it was. */
const added = ['setAside.feelLikeDrowning', 'setAside.cannotThinkOfAny', 'setAside.stopHereComeBack'];

/** The committed screen without this change's set-asides, to show a look-alike kept its reading. */
function screenWithout(ids: readonly string[]): ReturnType<typeof createCrisisScreen> {
  const parts = defaultScreenParts();
  const patterns = crisisPatternsSchema.parse(patternsFile);
  const detector = createCrisisDetector({
    ...patterns,
    setAside: patterns.setAside.filter((e) => !ids.includes(e.id)),
  });
  return createCrisisScreen({ ...parts, detector });
}
const before = screenWithout(added);

function itKeepsItsReading(texts: readonly string[]): void {
  for (const text of texts) {
    it(`reads "${text}" as it did before (${JSON.stringify(before.screen(text))})`, () => {
      expect(screen.screen(text)).to.deep.equal(before.screen(text));
      expect(screen.screen(text, 'wish')).to.deep.equal(before.screen(text, 'wish'));
    });
  }
}

describe('the figure of speech "I feel like I\'m drowning" (H289)', () => {
  describe('never a medical emergency, in any context', () => {
    for (const text of [
      "I feel like I'm drowning",
      "honestly I feel like I'm drowning",
      'some days I feel like im drowning',
      "it feels like I'm drowning in paperwork",
      "I'm drowning in paperwork and appointments",
      "I feel like I'm drowning with it all at the moment",
      "to be honest I feel like I'm drowning, I can't cope",
      "I feel like I'm drowning and I'm not coping",
    ]) {
      for (const context of [undefined, 'coping', 'wish'] as const) {
        it(`is no medical emergency: "${text}" ${context ?? 'as said'}`, () => {
          const found = screen.screen(text, context);
          expect(found.tier === 'none' || found.kind !== 'medicalEmergency', JSON.stringify(found)).to.equal(true);
        });
      }
    }
  });
  describe('with water, breath or swallowing: the medical crisis reply', () => {
    itGivesCrisisReplies(screen, [
      ['medicalEmergency', "I feel like I'm drowning, I can't breathe"],
      ['medicalEmergency', "he's choking, feels like he's drowning"],
      ['medicalEmergency', 'I feel like I am drowning and cannot breathe'],
      ['medicalEmergency', "I'm choking"],
      ['suicide', "honestly I feel like I'm drowning, I don't know what to do, I want to end it all"],
    ]);
  });
  describe('look-alikes with water, breath or swallowing are read as before', () => {
    itKeepsItsReading([
      "I'm drowning, water in the car",
      "I feel like I'm drowning in water",
      "feels like I'm drowning, water coming in",
      "I feel like I'm drowning, can't swallow",
      'I need to stop breathing',
      "Woke up feeling like I was drowning, can't lie down at all, coughing up pink frothy stuff",
      "I feel like I'm drowning, I can't cope, water in the car",
    ]);
  });
});

describe('"can\'t think of any" at the goal question (H290)', () => {
  for (const context of [undefined, 'wish'] as const) {
    describe(context ?? 'as said', () => {
      for (const text of [
        "can't think of any",
        'cant think of any goals',
        "I honestly can't think of any right now",
        "can't think of anything sorry",
        "I can't think of any ideas at the moment",
      ]) {
        it(`gets nothing for "${text}"`, () => {
          expect(screen.screen(text, context)).to.deep.equal({ tier: 'none' });
        });
      }
    });
  }
  describe('a reason to live still gets the suicide crisis reply', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', "I can't think of any reason to live"],
      ['suicide', "can't think of any reason to go on"],
    ]);
  });
  itKeepsItsReading(["I can't think of any reason to live", "can't think of anything to live for"]);
});

describe('stopping now, with coming back (H290)', () => {
  itGetsNothing(screen, [
    'I have to stop here, can I come back tomorrow',
    "I have to stop now, I'll finish later",
    'I need to stop now sorry',
    "I've got to stop here",
    "I'll stop there",
    'I need to stop for today',
    "I'll have to stop here, I'll carry on later",
    "sorry I've got to stop now, can we carry on tomorrow?",
    'I have to stop there for today, thanks',
  ]);
  describe('a stop of anything else, or beside a disclosure, is read as before', () => {
    itKeepsItsReading([
      'I want to stop everything for good',
      'I need to stop',
      'I need to stop everything now',
      "I'll stop there, I won't be here tomorrow",
      "I have to stop now, I can't go on",
      "I need to stop now, I'll finish it later",
      "I'm going to stop now, I'll finish tomorrow",
      'I feel overwhelmed',
    ]);
  });
});

describe('what these readings set aside is read whole by both layers', () => {
  it('names each id it adds in the committed patterns', () => {
    const ids = crisisPatternsSchema.parse(patternsFile).setAside.map((e) => e.id);
    expect(ids).to.include.members(added);
  });
});
