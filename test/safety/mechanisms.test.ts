import { expect } from 'chai';
import { cooccurrenceSchema, createCooccurrence } from '../../safety/patterns/cooccurrence';
import { createNegation, negationSchema } from '../../safety/patterns/negation';
import { createTiming, timingSchema } from '../../safety/patterns/timing';

// The engines on small hand-made sections, so each behaviour is shown apart from the real word
// lists in safety/data/crisis-patterns.json.

const section = cooccurrenceSchema.parse({
  unitBreak: '[.!?]+',
  clauseBreak: ',|\\bbut\\b',
  maxUnitWords: 8,
  lexicons: {
    thing: { terms: ['rope'] },
    mood: { terms: ['done', 'no future'] },
    time: { terms: ['tonight'] },
    before: { terms: ['last year'] },
    okay: { vetoScope: 'sentence', terms: ['fine now'] },
  },
  rules: [
    { id: 'pair', kind: 'suicide', window: 2, all: ['thing'], any: ['mood', 'time'], unless: ['before', 'okay'] },
    { id: 'both', kind: 'selfHarm', window: 1, any: ['mood', 'time'], minAny: 2 },
  ],
});
const scan = createCooccurrence(section, {});

describe('co-occurrence rules', () => {
  it('fire when the signals share a sentence', () => {
    expect(scan('bought rope, i am done').firstRule('suicide')).to.equal('pair');
  });

  it('fire when the signals are in neighbouring sentences within the window', () => {
    expect(scan('i am done. bought rope').firstRule('suicide')).to.equal('pair');
  });

  it('do not fire when the signals are further apart than the window', () => {
    expect(scan('i am done. the weather is grim. bought rope').firstRule('suicide')).to.equal(null);
  });

  it('do not fire on one signal alone', () => {
    expect(scan('bought rope for the washing line').firstRule('suicide')).to.equal(null);
  });

  it('need as many different `any` lexicons as `minAny` says', () => {
    expect(scan('done tonight').firstRule('selfHarm')).to.equal('both');
    expect(scan('done and no future').firstRule('selfHarm')).to.equal(null);
  });

  it('set aside only the clause of a clause-scoped veto', () => {
    expect(scan('bought rope last year, but i am done').firstRule('suicide')).to.equal(null);
    expect(scan('last year was hard, bought rope and i am done').firstRule('suicide')).to.equal('pair');
  });

  it('set aside the whole sentence of a sentence-scoped veto', () => {
    expect(scan('rope, i was done, but fine now').firstRule('suicide')).to.equal(null);
  });

  it('cut a long unpunctuated message into pieces, so distant words do not pair', () => {
    const filler = 'and then we went to the shops ';
    expect(scan(`rope ${filler.repeat(6)}done`).firstRule('suicide')).to.equal(null);
    expect(scan(`${filler.repeat(6)}rope done`).firstRule('suicide')).to.equal('pair');
  });

  it('reject a rule with `minAny` above the lexicons it names', () => {
    const bad = { ...section, rules: [{ id: 'x', kind: 'suicide', window: 1, any: ['mood'], minAny: 2 }] };
    expect(cooccurrenceSchema.safeParse(bad).success).to.equal(false);
  });
});

describe('negation scope', () => {
  const negate = createNegation(
    negationSchema.parse({ cues: [{ id: 'no', source: '\\bno thoughts of\\b' }], scopeEnd: '[.,]|\\bbut\\b' }),
    {},
  );

  it('denies everything named up to the end of the clause', () => {
    expect(negate('no thoughts of harming myself or anyone else, i am tired')).to.not.match(/harming|anyone/);
  });

  it('stops at a turn, so what follows still counts', () => {
    expect(negate('no thoughts of harming anyone but i want to die')).to.match(/i want to die/);
  });

  it('leaves a message without a cue as it was', () => {
    expect(negate('i do not want to live')).to.equal('i do not want to live');
  });
});

describe('negation that takes back what came before it', () => {
  const negate = createNegation(
    negationSchema.parse({
      cues: [{ id: 'back', source: '\\bnot literally\\b', takesBack: true, contrastKeeps: true }],
      scopeEnd: '[.,]|\\bbut\\b',
    }),
    {},
  );

  it('takes back the sentence before when the cue opens its own, and keeps what follows', () => {
    const out = negate('i could scream. not literally! what a day');
    expect(out).to.not.match(/scream/);
    expect(out).to.match(/what a day/);
  });

  it('takes back only its own sentence when words come before it there', () => {
    const out = negate('i want to die. i could scream, not literally');
    expect(out).to.match(/i want to die/);
    expect(out).to.not.match(/scream/);
  });

  it('takes nothing back when a turn follows it', () => {
    expect(negate('i could scream. not literally, but nearly')).to.match(/scream/);
  });
});

describe('timing: a message that says things are better now', () => {
  const timing = createTiming(
    timingSchema.parse({
      sentenceBreak: '[.!?]',
      clauseBreak: ',',
      pastMarkers: [{ id: 'ago', source: '\\byears ago\\b' }],
      resolved: [{ id: 'good', source: '\\bin a good place now\\b' }],
      pastTense: '\\b(?:was|did|tried)\\b',
      presentRisk: [{ id: 'tonight', source: '\\btonight\\b' }],
    }),
    {},
  );

  it('sets aside what it tells in the past tense', () => {
    expect(timing.setAsidePast('i did think about ending it. i am in a good place now')).to.not.match(/ending/);
  });

  it('keeps what it tells in the present tense', () => {
    // `null`: nothing in the message is set aside.
    expect(timing.setAsidePast('i think about ending it. i am in a good place now')).to.equal(null);
  });

  it('treats "but that was years ago" as a bare time that covers the clause before it', () => {
    const bare = createTiming(
      timingSchema.parse({
        sentenceBreak: '[.!?]',
        clauseBreak: ',',
        bareFiller: '\\b(?:but|that|was)\\b',
        pastMarkers: [{ id: 'ago', source: '\\b\\d+ years ago\\b' }],
        presentRisk: [],
      }),
      {},
    );
    expect(bare.setAsidePast('i thought about ending it, but that was 6 years ago')).to.not.match(/ending/);
  });
});
