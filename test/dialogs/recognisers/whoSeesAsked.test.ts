/**
 * Asking who sees or gets the answers, read by the forms of `whoSeesAsked` (content/phrases.yaml)
 * as the whoSees command (H112, H113), and the people a yes to sharing may name (H111).
 */
import { expect } from 'chai';
import { createPhrases } from '../../../dialogs/recognisers/phrases';

const phrases = createPhrases();

describe('Asking who sees the answers, in words of its own', () => {
  const asked = [
    'can my daughter see this?',
    'does my doctor get this straight away?',
    'is this secure?',
    'Is this confidential?',
    'will my son be able to read what I write',
    'could the nurse see my answers',
    'can Dr Patel see this?',
    'can nurse jones see it',
    'does this go to my GP?',
    'will this be sent to my doctor?',
    'is my data safe?',
    'are my answers kept private?',
    'did the doctor get it?',
    'has it been sent',
    'has it gone yet?',
    'has my doctor got it',
    'did it go?',
    'so will they see it',
    'who else can see this?',
    'will you send it to my daughter?',
    'do you share this with anyone?',
    'sorry, can my husband see this too?',
    'can mum see this',
  ];
  for (const text of asked) {
    it(`reads "${text}" as whoSees`, () => {
      expect(phrases.command(text)).to.equal('whoSees');
    });
  }

  // Answers, and questions about something else: "get it" or "have this" of family may be the
  // illness, "is it safe" a walk, "how did it go" the last visit.
  const notAsked = [
    'my daughter can see me more now',
    'seeing my grandson every week',
    'can my kids get it?',
    'will my son get this too?',
    'does anyone else have this?',
    'is it safe?',
    'is it safe to walk with my knee',
    'how did it go',
    'did it go well',
    'can my daughter see me more',
    'is this my doctor?',
    'will my mood get better',
    'can you see this',
  ];
  for (const text of notAsked) {
    it(`does not read "${text}" as whoSees`, () => {
      expect(phrases.command(text)).to.not.equal('whoSees');
    });
  }
});

describe('People named beside a yes', () => {
  const cases: Array<[string, string[][][]]> = [
    ['only to my nurse', [[['my', 'nurse']], [['nurse']]]],
    ['send it to my daughter too', [[['my', 'daughter']]]],
    ['send it to Dr Sam Patel', [[['sam'], ['sam', 'patel']]]],
    ['I am happy for them to see it', []],
    ['go ahead', []],
  ];
  for (const [text, named] of cases) {
    it(`finds ${JSON.stringify(named)} in "${text}"`, () => {
      expect(phrases.peopleNamed(text)).to.deep.equal(named);
    });
  }
});
