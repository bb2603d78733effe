/**
 * What a reply to "are you safe right now?" tells the lead contact (`safeNowSaid`), and what a
 * quick second text takes back (`takesBackSafe`, `takesBackNo`): review 23b, findings 1–5 (H163,
 * H164). Only what is said plainly is kept or taken back; when unsure, nothing is recorded.
 */
import { expect } from 'chai';
import { safeNowSaid, takesBackAsOwn, takesBackNo, takesBackSafe } from '../../../dialogs/recognisers/safeNow';
import { createPhrases } from '../../../dialogs/recognisers/phrases';

const phrases = createPhrases();

describe('What an answer to "are you safe right now?" is told as (safeNowSaid)', () => {
  for (const [said, told] of [
    ['no', 'no'],
    ['no wait, i am not safe', 'no'],
    ["no I'm not actually", 'no'],
    ["no, I'm not safe, I have the tablets here", 'no'],
    ['not really', 'notSure'],
    // A no followed by reassurance answers "in danger?", not "safe?" (finding 5).
    ["no, I'm not in any danger", undefined],
    ['nope all good', undefined],
    ["no, I'm not going to do anything", undefined],
    ['no, he is fine', undefined],
    ['no, and now my chest is tight', undefined],
    ['no one would notice', undefined],
    // "I lied" at the question itself may take back the disclosure: nothing untrue is kept.
    ['i lied', undefined],
  ] as const) {
    it(`tells "${said}" as ${told ?? 'nothing'}`, () => {
      expect(safeNowSaid(said, phrases)).to.equal(told);
    });
  }

  it('tells a no that goes on as no when the reply tells of a new crisis ("no, and now my chest is tight", H161)', () => {
    expect(safeNowSaid('no, and now my chest is tight', phrases, { newCrisis: true })).to.equal('no');
    expect(safeNowSaid("no, I'm fine", phrases, { newCrisis: true })).to.equal(undefined);
  });
});

describe('A quick second text after "yes im safe" (takesBackSafe)', () => {
  for (const [said, told] of [
    ["actually I'm not", 'no'],
    ['i lied', 'no'],
    ["no I'm not actually", 'no'],
    ['no wait, i am not safe', 'no'],
    ['actually not sure', 'notSure'],
    ['not sure', 'notSure'],
    // Doubt inside other words answers what waits now (finding 3).
    ['not sure when I can finish this', undefined],
    ["I'm not sure what to put for my goal", undefined],
    ["nah, I'll come back tomorrow", undefined],
    ["I think I'll carry on later", undefined],
    ['ok', undefined],
  ] as const) {
    it(`reads "${said}" as ${told ?? 'no taking back'}`, () => {
      expect(takesBackSafe(said, phrases)).to.equal(told);
    });
  }
});

describe('A quick second text after a clear no to a safety question (takesBackNo)', () => {
  for (const [said, told] of [
    ['actually yes', 'yes'],
    ['well actually yes', 'yes'],
    ['no wait, yes', 'yes'],
    ['i lied', 'yes'],
    ['actually sometimes', 'unclear'],
    ['well sometimes', 'unclear'],
    ['actually not sure', 'notSure'],
    // A bare hedge, alone or after a soft opener, answers the question now waiting (findings 1, 2).
    ['hmm not sure', undefined],
    ['not sure', undefined],
    ['oh, not much', undefined],
    ['not much', undefined],
    ['a little', undefined],
    ['erm a little', undefined],
    ['sometimes', undefined],
    ['oh sometimes', undefined],
    ['hmm sometimes', undefined],
    ['well not sure', undefined],
    ['sorry, not much', undefined],
    ['yes', undefined],
    ['oh yes please', undefined],
  ] as const) {
    it(`reads "${said}" as ${told ?? 'no taking back'}`, () => {
      expect(takesBackNo(said, phrases)).to.equal(told);
    });
  }
});

describe('A taking back of "I\'m safe" said of the writer (takesBackAsOwn, H206)', () => {
  for (const [said, own] of [
    ["to be honest I'm not ok", true],
    ['honestly im not ok', true],
    ['i lied earlier, i am not safe', true],
    ['no wait, im not safe', true],
    ["actually he's not safe", false],
    ['tbh she is not ok', false],
    ['actually not safe', false],
    ["actually I'm not", false],
    ["I'm not ok", true],
    ['walk to the shops', false],
  ] as const) {
    it(`reads "${said}" as ${own ? "the writer's own" : "not the writer's own"}`, () => {
      expect(takesBackAsOwn(said, phrases)).to.equal(own);
    });
  }
});
