import { expect } from 'chai';
import { meantByPlace, meantForEarlier } from '../../dialogs/recognisers/meantEarlier';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { recogniseYesNo } from '../../dialogs/recognisers/yesNo';

const phrases = createPhrases();

describe('A yes or no meant for the question before', () => {
  const meant: Array<[string, boolean]> = [
    ['sorry I meant yes to the last one', true],
    ['Sorry, I meant YES to the last one!', true],
    ['yes to the last one', true],
    ['no I meant yes for the previous question', true],
    ['oops no to the previous question', false],
    ['my mistake, it should have been no to the question before', false],
    ['actually yeah to the one before', true],
    // Review 19: "to that" with words that put it right, or a "meant" with no question named.
    ['actually yes to that', true],
    ['I meant yes', true],
    ['sorry I meant no', false],
  ];
  for (const [text, value] of meant) {
    it(`reads "${text}" as ${value ? 'yes' : 'no'} to the question before`, () => {
      expect(meantForEarlier(text, phrases)?.value).to.equal(value);
    });
  }

  for (const text of [
    'yes',
    'the last one',
    'yes, the last one was hard too',
    'I meant to say the last one',
    'sorry',
    // A yes or no beside "the last one" that is not tied to it: "no to this one; the last one was it".
    'no, the last one',
    'yes the previous one',
    'no the one before',
    // Nothing that puts an answer right: a yes or no to the question waiting.
    'yes to that',
    'actually yes',
    'oh yes',
  ]) {
    it(`reads "${text}" as no correction`, () => {
      expect(meantForEarlier(text, phrases)).to.equal(undefined);
    });
  }
});

describe('The words meant for the question before', () => {
  // Handed back as said, so the question before reads them its own way ("not really" is no clear no there).
  it('hands back "not really" from "oh I meant not really to the last one"', () => {
    expect(meantForEarlier('oh I meant not really to the last one', phrases)).to.deep.equal({
      value: false,
      words: 'not really',
    });
  });
});

describe('How often, to a question about whether something happened', () => {
  const whatHappened = { asksWhatHappened: true };
  for (const text of ['most days', 'Nearly every day', 'a lot', 'all the time', 'often']) {
    it(`reads "${text}" as yes`, () =>
      expect(recogniseYesNo(text, phrases, 'en-GB', whatHappened)).to.deep.equal({ ok: true, value: true }));
  }
  for (const text of ['not often', 'rarely']) {
    it(`reads "${text}" as no`, () =>
      expect(recogniseYesNo(text, phrases, 'en-GB', whatHappened)).to.deep.equal({ ok: true, value: false }));
  }
  // Sharing needs a clear yes: "a lot" gives no leave.
  it('never reads "a lot" as a yes to sharing', () => {
    const read = recogniseYesNo('a lot', phrases, 'en-GB', { needsClearYes: true, asksLeave: true });
    expect(read.ok && read.value).to.not.equal(true);
  });
});

/**
 * A mood answer put right by where it was asked ("can I change the first answer to no"), said at a
 * later mood question (explore 20): read as no correction, it was noted as a no to thoughts of being
 * better off dead (H69).
 */
describe('A yes or no meant for a question named by where it was asked', () => {
  const meant: Array<[string, boolean, number]> = [
    ['can I change the first answer to no', false, 1],
    ['sorry I meant no to the first one', false, 1],
    ['Can I change my first answer to yes?', true, 1],
    ['actually yes for the second question', true, 2],
    ['change the second one to no please', false, 2],
    ['oops, make the first one a yes', true, 1],
  ];
  for (const [text, value, place] of meant) {
    it(`reads "${text}" as ${value ? 'yes' : 'no'} to question ${place}`, () => {
      expect(meantByPlace(text, phrases)).to.deep.include({ value, place });
    });
  }

  for (const text of [
    'no',
    'the first one',
    'no, the first one',
    'yes the first one was hard',
    'first answer',
    'no to the last one',
  ]) {
    it(`reads "${text}" as no correction by place`, () => {
      expect(meantByPlace(text, phrases)).to.equal(undefined);
    });
  }
});
