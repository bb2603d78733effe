import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';

/**
 * Answers the patterns already read as denials or as everyday, but the learned layer gave the
 * crisis reply (H83): a checklist of self-harm denied, a questionnaire item about being better
 * off dead scored 0 ("not at all"), and a note left for family with an errand after it. A message
 * of denials alone is no longer read by the learned layer, and a note with an errand is set aside;
 * the same words beside a disclosure, or a disclosure the writer takes back, are still read.
 */
const screen = createCrisisScreen();

const quiet: Readonly<Record<string, readonly string[]>> = {
  'self-harm denied, item by item': [
    'no self harm, no cutting',
    'no self-harm. no cutting.',
    'no cutting, no self harm',
    'no self harming and no cutting',
    'no self harm or cutting',
    'no self harm, no cutting, no suicidal thoughts',
  ],
  'a questionnaire item about being better off dead, scored 0': [
    'thoughts you would be better off dead - 0, not at all',
    'thoughts that you would be better off dead: 0 (not at all)',
    'item 9 thoughts you would be better off dead, not at all',
    'Q9 thoughts that you would be better off dead - 0',
    "thoughts you'd be better off dead or of hurting yourself: not at all (0)",
  ],
  'tablets collected from the chemist, and where or when': [
    'she is collecting my tablets from the chemist',
    'my son is collecting my tablets from the pharmacy tomorrow',
    'I am collecting my pills from the surgery.',
  ],
  'a note for family, with an errand after it': [
    'I wrote a note for my son, he is picking up my prescription',
    'I left a note for my daughter, she is collecting my tablets from the chemist',
    'I wrote a note for my husband, he is doing the shopping',
    'wrote a note for my son, he is taking my prescription to the chemist',
    'I left a note for my wife, she is picking the grandchildren up from school',
    'I wrote a note for my daughter, she is booking my flu jab',
  ],
};

describe('denials and everyday notes the learned layer read as a crisis (H83)', () => {
  for (const [kind, texts] of Object.entries(quiet)) {
    describe(kind, () => {
      for (const text of texts) {
        it(`gets no crisis reply and no check-in for "${text}"`, () => {
          expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
        });
      }
    });
  }

  // A take-back ("jk", "not literally") is no denial: the learned layer still reads what it takes back.
  for (const text of ['I want to kill myself. jk', "I'm going to end it all tonight. Not literally!"]) {
    it(`still reads "${text}"`, () => {
      expect(screen.screen(text).tier).to.not.equal('none');
    });
  }

  describe('the same words beside a disclosure', () => {
    for (const [kind, text] of [
      ['selfHarm', 'no self harm for a month but I cut again last night'],
      ['selfHarm', 'no cutting since March but I did it again tonight'],
      ['suicide', 'no self harm, no cutting, but I want to die'],
      ['suicide', "Q9 thoughts that you'd be better off dead - nearly every day (3)"],
      ['suicide', 'thoughts you would be better off dead - 3, nearly every day'],
      ['suicide', 'I wrote a note for my son'],
      ['suicide', 'I wrote a note for my son, I am sorry for everything'],
      ['suicide', 'wrote a note for my son, he will understand why I did it'],
      ['suicide', 'I left a note for my daughter, she will know why'],
      ['suicide', "I've written a note for my kids for when I'm gone"],
      ['suicide', "I've been collecting my tablets for weeks"],
      // Review 21: where the tablets came from is no errand when keeping or hiding them follows.
      ['suicide', "I've been collecting my tablets from the pharmacy and keeping them in a drawer"],
      ['suicide', "I've been collecting my pills from the pharmacy for months and hiding them"],
      ['suicide', "I've been collecting my tablets from the chemist and saving them up"],
    ] as const) {
      it(`gets the ${kind} crisis reply for "${text}"`, () => {
        expect(screen.screen(text)).to.include({ tier: 'crisis', kind });
      });
    }
  });
});
