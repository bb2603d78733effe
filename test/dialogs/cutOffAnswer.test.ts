import { expect } from 'chai';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { cutOffAnswer, keepsAsItIs } from '../../dialogs/cutOffAnswer';
import { createPhrases } from '../../dialogs/recognisers/phrases';

const phrases = createPhrases();
const library = loadPackLibrary();
const goal = library.question('goal.N.text');
const answered = (value: string) => ({ status: 'answered', value }) as const;

describe('An answer in words that looks cut off', () => {
  for (const [text, last] of [
    ['walk to the', 'the'],
    ['see my grandchildren and', 'and'],
    ['Get back to my', 'my'],
    ['walk to a ', 'a'],
  ]) {
    it(`takes "${text}" as cut off at "${last}"`, () => {
      expect(cutOffAnswer(goal, answered(text), phrases)).to.deep.equal({ words: text, last });
    });
  }

  // Finished answers may end on a word that is often followed by more.
  for (const text of [
    'A friend to walk with',
    'a break and someone to talk to',
    'I help her',
    'carry on',
    'walk to the park.',
  ]) {
    it(`takes "${text}" as finished`, () => {
      expect(cutOffAnswer(goal, answered(text), phrases)).to.equal(undefined);
    });
  }

  it('never takes a name as cut off', () => {
    expect(cutOffAnswer(library.question('subject.name'), answered('Anne the'), phrases)).to.equal(undefined);
  });

  for (const text of ["that's all", 'no', 'yes', 'ok', 'nothing more']) {
    it(`keeps the words as they are on "${text}"`, () => expect(keepsAsItIs(text, phrases)).to.equal(true));
  }

  it('reads "park" as the rest, not as keeping the words', () => expect(keepsAsItIs('park', phrases)).to.equal(false));
});
