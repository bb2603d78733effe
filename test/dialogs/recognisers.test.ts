import { expect } from 'chai';
import { recogniseScale } from '../../dialogs/recognisers/scale';
import { goalToChange } from '../../dialogs/recognisers/goalToChange';
import { goalToRemove } from '../../dialogs/recognisers/goalToRemove';
import { goalCalled } from '../../dialogs/recognisers/goalCalled';
import { asksToAddGoal } from '../../dialogs/recognisers/goalToAdd';
import { heardInGoal } from '../../dialogs/recognisers/heardInGoal';
import { recogniseScoreCorrection } from '../../dialogs/recognisers/scoreCorrection';
import { recogniseYesNo } from '../../dialogs/recognisers/yesNo';
import { readConfirmation } from '../../dialogs/recognisers/confirmation';
import { recogniseChoices } from '../../dialogs/recognisers/choices';
import { saysWorried } from '../../dialogs/recognisers/worry';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import type { Option } from '../../content/packs/packSchema';

const phrases = createPhrases();

describe('Hearing more than the goal in a goal said in one breath', () => {
  // With a rating, the goal's words without it (fix25): the plan never reads "Goal: walk to church - 9".
  const cases: Array<[string, { importance?: number; barrier?: string; goal?: string }]> = [
    [
      'my goal is walking to the shops, about a 7, my knees might stop me',
      {
        importance: 7,
        barrier: 'my knees might stop me',
        goal: 'my goal is walking to the shops, my knees might stop me',
      },
    ],
    ['walk to the shops, 7/10', { importance: 7, goal: 'walk to the shops' }],
    ['walk 3 times a week, about 8 out of 10', { importance: 8, goal: 'walk 3 times a week' }],
    ['Walk to church - 9', { importance: 9, goal: 'Walk to church' }],
    [
      "Walk to the shops. I'd give it an 8. The weather gets in the way",
      { importance: 8, barrier: 'The weather gets in the way', goal: 'Walk to the shops. The weather gets in the way' },
    ],
    ['walk more but my knees stop me', { barrier: 'my knees stop me' }],
    // A number that is part of the goal is no rating.
    ['Walk 20 minutes a day, 5 days a week', {}],
    ['lose weight, 10 kg', {}],
    ['sleep better, 8 hours', {}],
    ['get to 7 hours of sleep, my pain stops me', { barrier: 'my pain stops me' }],
    ['walk a 5k, 3 times a week', {}],
    // Not one whole number on the scale: nothing is offered.
    ['walk, 7.5', {}],
    ['walk to the shops, 12', {}],
    ['walk to the park', {}],
    ['about a 7', {}],
    // Review 25: a score the goal is about is part of the goal, not its importance.
    ['get my pain down to 3/10', {}],
    ['reduce my back pain to 4 out of 10', {}],
    ['keep my pain under 5/10', {}],
    ['pain below (4)', {}],
    ['walk to allotment 8/10', { importance: 8, goal: 'walk to allotment' }],
    ['walk to the allotment (8)', { importance: 8, goal: 'walk to the allotment' }],
  ];
  for (const [text, heard] of cases) {
    it(`hears ${JSON.stringify(heard)} in "${text}"`, () => {
      expect(heardInGoal(text)).to.deep.equal(heard);
    });
  }
});

describe('Reading an ask to change a goal given before', () => {
  const cases: Array<[string, number | 'last']> = [
    ['change my first goal', 1],
    ['Change my 1st goal', 1],
    ['can I edit goal 1?', 1],
    ['actually I want to change my first goal', 1],
    ['change goal one please', 1],
    ['change goal number 2', 2],
    ["I'd like to change the second goal", 2],
    ["change Mum's third goal", 3],
    ['go back to my last goal', 'last'],
    ['change the previous goal', 'last'],
    // No number: the goal being talked about (or the last one given).
    ['I want to change my goal', 'last'],
    ['change my goal', 'last'],
    ['can I change the goal?', 'last'],
  ];
  for (const [text, goal] of cases) {
    it(`reads "${text}" as goal ${goal}`, () => {
      expect(goalToChange(text)).to.equal(goal);
    });
  }

  for (const text of [
    'change my diet',
    'change my first meal of the day to porridge',
    'change the goal posts',
    'change my goal weight',
    'my goal',
    'my first goal',
    'change',
    'walk to the park',
  ]) {
    it(`reads "${text}" as no ask to change a goal`, () => {
      expect(goalToChange(text)).to.equal(undefined);
    });
  }
});

describe('Reading an ask to take a goal out', () => {
  const cases: Array<[string, number | 'last']> = [
    ['remove this goal', 'last'],
    ['delete goal 2', 2],
    ['can I delete my second goal?', 2],
    ['take out my first goal', 1],
    // The verb split round the goal, as it is often said.
    ['take this goal out', 'last'],
    ['take my third goal out', 3],
    ['get goal 2 out', 2],
    // "Forget" only with a goal named: "forget it" is no ask.
    ['forget this goal', 'last'],
    ['forget about my second goal', 2],
  ];
  for (const [text, goal] of cases) {
    it(`reads "${text}" as goal ${goal}`, () => {
      expect(goalToRemove(text, phrases)).to.equal(goal);
    });
  }

  for (const text of [
    'remove clutter',
    'take the dog out',
    'take my goal out for a walk',
    'get out more',
    'walk to the park',
    'forget it',
    'forget about the park',
    'forget to take my tablets',
  ]) {
    it(`reads "${text}" as no ask to take a goal out`, () => {
      expect(goalToRemove(text, phrases)).to.equal(undefined);
    });
  }
});

describe('Reading an ask to take out a goal named by its words', () => {
  const cases: Array<[string, string[]]> = [
    ['remove the walking goal', ['walking']],
    ['forget the weight loss goal', ['weight', 'loss']],
    ['take my swimming goal out', ['swimming']],
  ];
  for (const [text, words] of cases) {
    it(`reads "${text}" as the goal called "${words.join(' ')}"`, () => {
      expect(goalToRemove(text, phrases)).to.deep.equal({ words });
    });
  }

  const goals: Array<[number, string]> = [
    [1, 'walk more'],
    [2, 'lose weight'],
    [3, 'stop smoking'],
  ];
  const byWords: Array<[string[], number | undefined]> = [
    [['walking'], 1],
    [['weight', 'loss'], 2],
    [['smoke'], 3],
    [['swimming'], undefined],
  ];
  for (const [words, goal] of byWords) {
    it(`finds "${words.join(' ')}" as goal ${goal} among the goals given`, () => {
      expect(goalCalled(words, goals)).to.equal(goal);
    });
  }

  it('finds no goal when the words name two of them', () => {
    expect(goalCalled(['walk'], [...goals, [4, 'walk the dog']])).to.equal(undefined);
  });
});

describe('Reading an ask to add a goal', () => {
  for (const text of ['I want to add a goal', 'can I add another goal?', 'add a new goal please', 'one more goal']) {
    it(`reads "${text}" as an ask to add a goal`, () => {
      expect(asksToAddGoal(text, phrases)).to.equal(true);
    });
  }
  for (const text of ['add some salt', 'I want to add a goal to walk more every day', 'my new goal is swimming']) {
    it(`reads "${text}" as no ask to add a goal`, () => {
      expect(asksToAddGoal(text, phrases)).to.equal(false);
    });
  }
});

describe("Reading a goal's score given by name at another question", () => {
  const cases: Array<[string, 'importance' | 'confidence', number]> = [
    ['actually my importance is 9 not 5', 'importance', 9],
    ['my confidence is 8 actually', 'confidence', 8],
    ['change importance to 9', 'importance', 9],
    ['Change my importance from 5 to 9.', 'importance', 9],
    ['importance 9', 'importance', 9],
    ['9 for importance', 'importance', 9],
    ['sorry, I meant importance 9', 'importance', 9],
    ['can I change my confidence to 6 please', 'confidence', 6],
    ["Mum's confidence is 4", 'confidence', 4],
    ['my importance should be 7/10', 'importance', 7],
    ['confidence: 70%', 'confidence', 7],
  ];
  for (const [text, score, value] of cases) {
    it(`reads "${text}" as ${score} ${value}`, () => {
      expect(recogniseScoreCorrection(text, phrases)).to.deep.equal({ score, said: { ok: true, value } });
    });
  }

  const named: Array<[string, 'importance' | 'confidence', number, number | 'last']> = [
    ['change the importance of my first goal to 4', 'importance', 4, 1],
    ['importance of goal 2 is 4', 'importance', 4, 2],
    ["my second goal's confidence should be 6", 'confidence', 6, 2],
    ['goal 3 importance 8', 'importance', 8, 3],
    ['5 for the confidence of the last goal', 'confidence', 5, 'last'],
  ];
  for (const [text, score, value, goal] of named) {
    it(`reads "${text}" as ${score} ${value} of goal ${goal}`, () => {
      expect(recogniseScoreCorrection(text, phrases)).to.deep.equal({ score, said: { ok: true, value }, goal });
    });
  }

  it('reads "importance is 7 or 8" as importance, with no one number', () => {
    expect(recogniseScoreCorrection('importance is 7 or 8', phrases)).to.deep.equal({
      score: 'importance',
      said: { ok: false, code: 'between', between: [7, 8] },
    });
  });

  // Answers that mention a score, or a number, and are answers all the same.
  for (const text of [
    "my confidence is low so I'll walk 2 times a week",
    "it's important I walk 3 times a week",
    "I'm sure I can walk 3 times a week",
    'importance of walking',
    'the importance of 5 a day',
    'my importance is family',
    'walk 9 times',
    "I'm 8 sure",
    '9',
    'the importance of my diet is 9',
  ]) {
    it(`reads "${text}" as no score given by name`, () => {
      expect(recogniseScoreCorrection(text, phrases)).to.equal(undefined);
    });
  }
});

describe('Reading a 0–10 answer', () => {
  const cases: Array<[string, number]> = [
    ['7', 7],
    ['seven', 7],
    ['7/10', 7],
    ['7 / 10', 7],
    ['7 out of 10', 7],
    ['seven out of ten', 7],
    ['8 out of ten', 8],
    ['about 6', 6],
    ['0', 0],
    ['10', 10],
    ['10/10', 10],
    ['7.0', 7],
    ['8 on 10', 8],
    ['5 of 10', 5],
    ['7 or so', 7],
    ["I'd say 3", 3],
    // The number taken back is no answer: "9 not 5" was asked about as "5 or 9?".
    ['9 not 5', 9],
    ['9, not 5', 9],
    ['nine not five', 9],
    ['not 5, 9', 9],
    ['9 rather than 5', 9],
    ['not a 5, more like an 8', 8],
    // A share of the scale in tenths: "70%" was called out of range.
    ['70%', 7],
    ['70 per cent', 7],
    ["I'm 70% sure", 7],
    ['100%', 10],
    // About a number is that number: "5ish" was not understood.
    ['5ish', 5],
    ['5-ish', 5],
    ['sevenish', 7],
    // Digits of another script are digits: "٧" was "I need a number" where a full-width "７" was 7.
    ['٧', 7],
    ['۷', 7],
    ['७', 7],
    ['𝟕', 7],
    ['١٠', 10],
    ['٧/١٠', 7],
    // Markup round a number leaves the number: pasted or typed in a rich editor.
    ['<b>7</b>', 7],
    ['<p>7</p>', 7],
    ['<a href="3">7</a>', 7],
    ['7 <br>', 7],
  ];
  for (const [text, value] of cases) {
    it(`reads "${text}" as ${value}`, () => {
      expect(recogniseScale(text)).to.deep.equal({ ok: true, value });
    });
  }

  // Noted as the lower number before: a number the person never gave.
  const inBetween: Array<[string, [number, number]]> = [
    ['7.5', [7, 8]],
    ['7,5', [7, 8]],
    ['9.5/10', [9, 10]],
    ['six and a half', [6, 7]],
    ['7 and a half out of 10', [7, 8]],
    ['6½', [6, 7]],
    ['6 1/2', [6, 7]],
    // Every fraction typed as one character, or with the fraction slash: "7⅓" was no number at all.
    ['7 ½', [7, 8]],
    ['7¼', [7, 8]],
    ['7¾', [7, 8]],
    ['7⅓', [7, 8]],
    ['6⅔', [6, 7]],
    ['8⅛', [8, 9]],
    ['7 and ½', [7, 8]],
    ['7 and 1/2', [7, 8]],
    ['7 1⁄2', [7, 8]],
    ['9⅞/10', [9, 10]],
    ['5-6', [5, 6]],
    ['5 – 6', [5, 6]],
    ['5 to 6', [5, 6]],
    ['between 5 and 6', [5, 6]],
    ['between five and six', [5, 6]],
    ['8 or 9', [8, 9]],
    ['8-9', [8, 9]],
    ['7-8 out of 10', [7, 8]],
    ['maybe 4 or 5', [4, 5]],
    ['5 may be 6', [5, 6]],
    ['75%', [7, 8]],
  ];
  for (const [text, two] of inBetween) {
    it(`reads "${text}" as between ${two[0]} and ${two[1]}, noting neither`, () => {
      expect(recogniseScale(text)).to.deep.equal({ ok: false, code: 'between', between: two });
    });
  }

  // recognizers-text finds numbers in these: "7:30" was noted as 7, "12/5" as 2.
  for (const text of [
    '7:30',
    '7.30',
    '7 pm',
    "7 o'clock",
    'half past 7',
    '12/5',
    '5-6-2024',
    '12.05.2024',
    '10/05/24',
    '5 May',
    'May 5th',
  ]) {
    it(`does not read "${text}", a time or a date, as a point on the scale`, () => {
      expect(recogniseScale(text)).to.deep.equal({ ok: false, code: 'not_a_number' });
    });
  }

  it('says a number above 10 is out of range', () => {
    expect(recogniseScale('11')).to.deep.equal({ ok: false, code: 'out_of_range' });
  });

  it('says a share above the whole scale is out of range', () => {
    expect(recogniseScale('110%')).to.deep.equal({ ok: false, code: 'out_of_range' });
  });

  it('notes no number when the only number said is taken back', () => {
    expect(recogniseScale('not 5')).to.deep.equal({ ok: false, code: 'not_a_number' });
  });

  it('says a negative number is out of range', () => {
    expect(recogniseScale('-1')).to.deep.equal({ ok: false, code: 'out_of_range' });
  });

  // A number inside markup, in a tag, its attributes or a script, is none the person chose.
  for (const text of [
    'pretty good',
    '😊',
    '<script>alert("x")</script>',
    'lots',
    '<script>alert(1)</script>',
    '<SCRIPT>alert(7)',
    '<img src=x onerror=alert(2)>',
    '<img src="5.png">',
    '"><svg onload=alert(3)>',
    'javascript:alert(4)',
    '<a href="3">link</a>',
    '<style>p { margin: 5px }</style>',
  ]) {
    it(`does not make a number out of "${text}"`, () => {
      expect(recogniseScale(text)).to.deep.equal({ ok: false, code: 'not_a_number' });
    });
  }

  // "half" rounded down was noted as 0: a share of the scale is no point on it.
  // "½" was 0: the fraction dropped, the opposite of what was meant.
  for (const text of ['half', 'a half', 'a quarter', '0.5', '½', '¼', '¾', '⅓', '⅔', '1⁄2', 'about ½']) {
    it(`does not read "${text}" as a point on the scale`, () => {
      expect(recogniseScale(text)).to.deep.equal({ ok: false, code: 'not_a_number' });
    });
  }

  it('treats an empty answer as empty', () => {
    expect(recogniseScale('   ')).to.deep.equal({ ok: false, code: 'empty' });
  });

  it('never throws on a huge answer', () => {
    expect(() => recogniseScale('9'.repeat(100_000))).to.not.throw();
  });
});

describe('Reading yes or no', () => {
  for (const text of ['yes', 'Y', 'yeah', 'Yeah!', 'yep', 'ok', 'okay', 'sure', 'aye', 'yes please', 'she has']) {
    it(`reads "${text}" as yes`, () => expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: true, value: true }));
  }
  for (const text of ['no', 'N', 'nah', 'nope', 'no thanks', 'not really', "he hasn't"]) {
    it(`reads "${text}" as no`, () => expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: true, value: false }));
  }
  it('does not read gibberish as an answer', () => {
    expect(recogniseYesNo('asdfgh', phrases).ok).to.equal(false);
  });

  // "fine" or "ok" to "bothered by feeling down?" may mean "all is well" or "I read it".
  const whatHappened = { asksWhatHappened: true };
  for (const text of ['fine', 'ok', 'okay', 'OK.', 'alright', 'all right', 'go ahead', "I'm ok", 'i am ok', 'im ok']) {
    it(`reads "${text}" as unclear to a question about what happened`, () => {
      expect(recogniseYesNo(text, phrases, 'en-GB', whatHappened)).to.deep.equal({ ok: false, code: 'unclear' });
    });
  }
  for (const text of ['yes', 'yeah', 'sure', 'yes ok', 'of course']) {
    it(`still reads "${text}" as yes to a question about what happened`, () => {
      expect(recogniseYesNo(text, phrases, 'en-GB', whatHappened)).to.deep.equal({ ok: true, value: true });
    });
  }
  // "I'm ok" to "would you like help with this?" is "no thanks", as "I'm ok with that" is a yes.
  for (const text of ["I'm ok", 'I am ok', "I'm ok thanks", "I'm fine", "I'm fine thank you", "I'm alright"]) {
    it(`reads "${text}" as no to an offer`, () => {
      expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: true, value: false });
    });
  }
  for (const text of [
    "I'm ok with that",
    "that's fine",
    "that's ok",
    'yes ok',
    'ok yes',
    'ok, go ahead',
    'yes, thanks',
  ]) {
    it(`still reads "${text}" as yes to an offer`, () => {
      expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: true, value: true });
    });
  }
  for (const text of ['thanks', 'Thank you!', 'cheers', 'ok thanks']) {
    it(`reads "${text}" as no answer at all`, () => {
      expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: false, code: 'not_an_answer' });
      expect(recogniseYesNo(text, phrases, 'en-GB', whatHappened)).to.deep.equal({ ok: false, code: 'not_an_answer' });
    });
  }
});

describe('Reading a reply with both a yes and a no in it', () => {
  const consent = { needsClearYes: true };
  // A clear no beside a word that only agrees or declines is a no ("that's ok, no" is "no, don't").
  for (const text of [
    "not now, I'm ok",
    "not now I'm ok",
    "I'm ok, not yet",
    'ok no',
    "that's ok, no",
    'ok, no thanks',
    "I'm ok, no thanks",
    "no, that's fine",
    "no thanks, I'm fine",
    'na',
    'Na.',
    'fine - not today',
  ]) {
    it(`reads "${text}" as no, to an offer and to consent`, () => {
      expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: true, value: false });
      expect(recogniseYesNo(text, phrases, 'en-GB', consent)).to.deep.equal({ ok: true, value: false });
    });
  }
  // A carer declining for the person: of the person only with thanks, as "she's ok" alone may be
  // "she's ok with it"; and "I don't need help" to an offer.
  for (const text of ["she's ok thanks", "he's fine thanks", 'they are ok thank you', "I don't need help"]) {
    it(`reads "${text}" as no thanks to an offer`, () => {
      expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: true, value: false });
    });
  }
  // A clear yes and a clear no: which is meant cannot be told, so it is asked again.
  for (const text of ['yes but not now', 'yes no', 'no, yes', 'yes, not yet', 'yeah nah']) {
    it(`reads "${text}" as unclear`, () => {
      expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: false, code: 'unclear' });
      expect(recogniseYesNo(text, phrases, 'en-GB', consent)).to.deep.equal({ ok: false, code: 'unclear' });
    });
  }
  // Sharing needs a yes with no no in it: a clear yes beside "I'm ok" is asked again.
  for (const text of ["yes, I'm ok", "sure, I'm fine"]) {
    it(`reads "${text}" as yes to an offer but as unclear to consent`, () => {
      expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: true, value: true });
      expect(recogniseYesNo(text, phrases, 'en-GB', consent)).to.deep.equal({ ok: false, code: 'unclear' });
    });
  }
  for (const text of ['ok', 'yes ok', "that's fine", 'yes please', "I'm ok with that", 'ok, yes', 'yes, thank you']) {
    it(`still reads "${text}" as yes to consent`, () => {
      expect(recogniseYesNo(text, phrases, 'en-GB', consent)).to.deep.equal({ ok: true, value: true });
    });
  }
  it('reads "that\'s not ok" as no, never as the "ok" inside it', () => {
    expect(recogniseYesNo("that's not ok", phrases, 'en-GB', consent)).to.deep.equal({ ok: true, value: false });
  });
  // Not the no that "not ok" is to a request: someone not ok may well want the help offered.
  for (const text of ["I'm not ok", "no, I'm not ok", 'i am not fine thanks', "I'm not doing well"]) {
    it(`reads "${text}" as unclear, to an offer and to consent`, () => {
      expect(recogniseYesNo(text, phrases)).to.deep.equal({ ok: false, code: 'unclear' });
      expect(recogniseYesNo(text, phrases, 'en-GB', consent)).to.deep.equal({ ok: false, code: 'unclear' });
    });
  }
  it('reads "ok, no" to a question about what happened as no, and "yes but not now" as unclear', () => {
    const whatHappened = { asksWhatHappened: true };
    expect(recogniseYesNo('ok, no', phrases, 'en-GB', whatHappened)).to.deep.equal({ ok: true, value: false });
    expect(recogniseYesNo("no, I'm ok", phrases, 'en-GB', whatHappened)).to.deep.equal({ ok: true, value: false });
    expect(recogniseYesNo('yes but not now', phrases, 'en-GB', whatHappened)).to.deep.equal({
      ok: false,
      code: 'unclear',
    });
  });
});

describe('Reading the answer to a confirmation', () => {
  for (const text of ['ok no', "not now, I'm ok", 'yes but not now', "yes, I'm ok", "I'm ok", '2']) {
    it(`does nothing on "${text}"`, () => expect(readConfirmation(text, phrases)).to.not.equal('yes'));
  }
  for (const text of ['yes', 'ok', 'yes ok', "that's fine", '1']) {
    it(`goes ahead on "${text}"`, () => expect(readConfirmation(text, phrases)).to.equal('yes'));
  }
});

describe('Reading picks from a list', () => {
  const options: Option[] = [
    { id: 'pain', label: 'Pain', synonyms: ['aches'] },
    { id: 'stiffness', label: 'Stiffness', synonyms: [] },
    { id: 'sleep', label: 'Sleep', synonyms: ['sleeping'] },
    { id: 'breathlessness', label: 'Breathlessness', synonyms: ['short of breath'] },
    { id: 'mood', label: 'Your mood', synonyms: [] },
  ];
  const many = { multiple: true, allowNone: true };
  const cases: Array<[string, string[]]> = [
    ['1', ['pain']],
    ['1, 3 and 5', ['pain', 'sleep', 'mood']],
    ['1 3 5', ['pain', 'sleep', 'mood']],
    ['1,3,5', ['pain', 'sleep', 'mood']],
    ['pain and sleep', ['pain', 'sleep']],
    ['Pain, sleep & mood', ['pain', 'sleep', 'mood']],
    ['breath', ['breathlessness']],
    ['stifness', ['stiffness']],
    ['breathlesness and 1', ['breathlessness', 'pain']],
    ['none', []],
  ];
  for (const [text, ids] of cases) {
    it(`reads "${text}" as ${ids.join(', ') || 'nothing'}`, () => {
      expect(recogniseChoices(text, options, phrases, many)).to.deep.equal({ ok: true, value: { ids, unmatched: [] } });
    });
  }

  // Issue 16: every part that names an option is kept, and what named nothing is handed back.
  const partly: Array<[string, string[], string[]]> = [
    ['PAIN, STIFNESS N SLEEP', ['pain', 'stiffness', 'sleep'], []],
    ['pain stiffness and sleep', ['pain', 'stiffness', 'sleep'], []],
    ['pain, sleep, xyzzy', ['pain', 'sleep'], ['xyzzy']],
    ['one and three', ['pain', 'sleep'], []],
    ['I would like to talk about my aches and sleeping', ['pain', 'sleep'], []],
    ['SLEP AND PAIM', ['sleep', 'pain'], []],
  ];
  for (const [text, ids, unmatched] of partly) {
    it(`reads "${text}" as ${ids.join(', ')}${unmatched.length ? `, not understanding "${unmatched.join('", "')}"` : ''}`, () => {
      expect(recogniseChoices(text, options, phrases, many)).to.deep.equal({ ok: true, value: { ids, unmatched } });
    });
  }

  it('says a number past the end of the list is out of range', () => {
    expect(recogniseChoices('9', options, phrases, many)).to.deep.equal({ ok: false, code: 'out_of_range' });
  });

  it('refuses more picks than allowed', () => {
    expect(recogniseChoices('1 2 3 4', options, phrases, { multiple: true, max: 3 })).to.deep.equal({
      ok: false,
      code: 'too_many',
    });
  });

  it('refuses two picks for a single choice', () => {
    expect(recogniseChoices('1 and 2', options, phrases, { multiple: false }).ok).to.equal(false);
  });

  it('does not match unrelated words', () => {
    expect(recogniseChoices('the weather', options, phrases, many).ok).to.equal(false);
  });

  // "none" was read as the start of "none of these", an option meaning something not on the list.
  const withOther: Option[] = [...options, { id: 'other', label: 'Something else', synonyms: ['none of these'] }];
  it('reads "none" as no pick where a list needs one, never as an option it starts', () => {
    expect(recogniseChoices('none', withOther, phrases, { multiple: true })).to.deep.equal({
      ok: false,
      code: 'none_not_allowed',
    });
  });

  it('still reads an option named in full by "none of these"', () => {
    expect(recogniseChoices('none of these', withOther, phrases, { multiple: true })).to.deep.equal({
      ok: true,
      value: { ids: ['other'], unmatched: [] },
    });
  });

  it('reads the names and whole answers of the same list alike on every answer to it', () => {
    const unsure: Option[] = [
      ...options,
      { id: 'unsure', label: 'Not sure', synonyms: [], wholeAnswers: ["Don't KNOW"] },
    ];
    const readings = ['dont know', 'pain and dont know', 'Dont know!', 'not sure, sleep', 'dont know'].map((text) =>
      recogniseChoices(text, unsure, phrases, many),
    );

    expect(readings).to.deep.equal([
      { ok: true, value: { ids: ['unsure'], unmatched: [] } },
      { ok: true, value: { ids: ['pain', 'unsure'], unmatched: [] } },
      { ok: true, value: { ids: ['unsure'], unmatched: [] } },
      { ok: true, value: { ids: ['unsure', 'sleep'], unmatched: [] } },
      { ok: true, value: { ids: ['unsure'], unmatched: [] } },
    ]);
    // A copy of the list, as a dialog may build one on each turn, reads the same.
    expect(
      recogniseChoices(
        'pain and dont know',
        unsure.map((o) => ({ ...o })),
        phrases,
        many,
      ),
    ).to.deep.equal(readings[1]);
  });

  it('leaves out "are" beside a pick, as a word that names nothing', () => {
    expect(recogniseChoices('my aches are bad', options, phrases, many)).to.deep.equal({
      ok: true,
      value: { ids: ['pain'], unmatched: [] },
    });
  });
});

describe('Hearing worry about a result', () => {
  const worried = [
    'should I be worried?',
    'Is that bad?',
    'this is really scaring me',
    'is that bad for Mum?',
    'is that bad for my mum',
    'should we be worried about her?',
    'is that bad for Jean?',
    "I'm worried",
    // Inside a longer message: the worry is heard wherever it stands.
    "I'm worried about my HbA1c",
    'that number scares me',
    'Is 75 too high? I am a bit worried.',
    'It has gone up again and that really worries me',
    "I'm not sure, I'm worried about it",
    'is it something to worry about?',
    'Mum is scared about her sugar',
    'this result is frightening',
  ];
  for (const text of worried) {
    it(`hears worry in "${text}"`, () => {
      expect(saysWorried(text, phrases, 'Jean')).to.equal(true);
    });
  }

  // A question of their own, to note for the appointment as it is.
  const notWorried = [
    'Is 75 too high?',
    'is that bad for my kidneys?',
    'Is 52 low enough to drop a tablet?',
    'why has it gone up',
    'is that bad for Jean and the car',
    // Worry words that say no worry, or a worry that has passed.
    "I'm not worried about it, just curious why it went up",
    "Don't worry, I know it's high",
    'No worries, I will ask about my tablets',
    'I was worried last year but it has come down',
    'My wife used to worry about my sugar, is 52 better?',
    'Nothing to worry about I hope, can I stop the statin?',
    'I am not at all worried',
    // A weak worry phrase inside a longer question is a question of their own.
    'I take my tablets at night. Is that ok?',
    'is it bad to eat bananas with this?',
    'oh no problem, why did it go down?',
    'for',
    '?',
    '',
  ];
  for (const text of notWorried) {
    it(`hears no worry in "${text}"`, () => {
      expect(saysWorried(text, phrases, 'Jean')).to.equal(false);
    });
  }
});
