/**
 * A carer's own yes beside an answer for the person, at a mood question about the person ("not him,
 * but I have"): read apart, so the carer's part is never the person's answer (H65).
 */
import { expect } from 'chai';
import { carersOwnToo } from '../../dialogs/recognisers/carersOwnToo';
import { createPhrases } from '../../dialogs/recognisers/phrases';

const phrases = createPhrases();
const ron = ['Ron', 'husband'];

describe("A carer's own yes beside the person's answer", () => {
  const split: Array<[string, { carer: string; person: string }]> = [
    ["no, he hasn't. I have though, some days", { carer: 'I have though, some days', person: "no, he hasn't" }],
    ['not him, but I have', { carer: 'I have', person: 'not him' }],
    ['not him, but I am to be honest', { carer: 'I am to be honest', person: 'not him' }],
    ["Ron hasn't, me though", { carer: 'me though', person: "Ron hasn't" }],
    ['yes he has, and I have too', { carer: 'I have too', person: 'yes he has' }],
    ["I have, he hasn't", { carer: 'I have', person: "he hasn't" }],
  ];
  for (const [text, parts] of split) {
    it(`reads "${text}" as the carer's own and the person's`, () => {
      expect(carersOwnToo(text, phrases, ron)).to.deep.equal(parts);
    });
  }

  for (const text of [
    'I have',
    'yes',
    'I think he has',
    "I don't know, I haven't asked him",
    'no, I have asked him',
    "I'm not sure, he hasn't said",
    'he has, I think',
    'sometimes, not him',
    'I have, he has too, I have',
    // "me?" asks whom the question means (review 20).
    "me? no, he hasn't",
    "me? no he hasn't",
    "me?? no, Ron hasn't",
  ]) {
    it(`reads "${text}" as no carer's own yes`, () => {
      expect(carersOwnToo(text, phrases, ron)).to.equal(undefined);
    });
  }
});

describe("A carer's own part read for low mood or for not being safe (explorer 23b)", () => {
  const split: Array<[string, 'mood' | 'notSafe', { carer: string; person: string }]> = [
    [
      "no, but I have been, I'm exhausted and low",
      'mood',
      { carer: "I have been, I'm exhausted and low", person: 'no' },
    ],
    ["he hasn't, I'm worn out", 'mood', { carer: "I'm worn out", person: "he hasn't" }],
    ["he is, but I'm not", 'notSafe', { carer: "I'm not", person: 'he is' }],
    ['yes he is, not me though', 'notSafe', { carer: 'not me though', person: 'yes he is' }],
  ];
  for (const [text, reading, parts] of split) {
    it(`reads "${text}" for ${reading} as the carer's own and the person's`, () => {
      expect(carersOwnToo(text, phrases, ron, reading)).to.deep.equal(parts);
    });
  }

  // Worn out is no thought of being better off dead, nor "he isn't" the carer's own "not safe".
  for (const [text, reading] of [
    ["no, I'm exhausted", 'thoughts'],
    ['no, low', 'mood'],
    ["yes, I'm exhausted", 'mood'],
    ["he isn't, is he", 'notSafe'],
    ["I'm not sure, he is", 'mood'],
  ] as const) {
    it(`reads "${text}" for ${reading} as no carer's own part`, () => {
      expect(carersOwnToo(text, phrases, ron, reading)).to.equal(undefined);
    });
  }
});
