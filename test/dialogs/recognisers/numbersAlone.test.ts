/**
 * A number alone ("1", "option 1", "One please", "1, 4"), read from the `numberAlone` words of
 * content/phrases.yaml, never from words in code (brief fix25 #6a).
 */
import { expect } from 'chai';
import { loadYaml } from '../../../content/catalogue';
import { phrasesSchema } from '../../../dialogs/recognisers/phraseLists';
import { createPhrases } from '../../../dialogs/recognisers/phrases';

const lists = loadYaml('phrases.yaml', phrasesSchema);
const phrases = createPhrases(lists);

describe('A number alone, in the words of the content', () => {
  for (const said of ['1', '2.', ' 1 ', '#1', 'option 1', 'number 2', 'One', '1 please', 'ten', '10']) {
    it(`reads "${said}" as one number alone`, () => {
      expect(phrases.numbers.one(said)).to.equal(true);
    });
  }

  for (const said of ['1, 4', '1 and 4', '2 3', 'one, two']) {
    it(`reads "${said}" as numbers alone, never as one`, () => {
      expect(phrases.numbers.only(said)).to.equal(true);
      expect(phrases.numbers.one(said)).to.equal(false);
    });
  }

  for (const said of ['3 grandchildren', 'my 2 daughters', 'no', 'walk 3 times', '']) {
    it(`reads no number alone in "${said}"`, () => {
      expect(phrases.numbers.only(said)).to.equal(false);
    });
  }

  it('takes its words from the content: a number word added there is read', () => {
    const more = createPhrases({ ...lists, numberAlone: { ...lists.numberAlone, numbers: ['uno'] } });

    expect(more.numbers.one('uno please')).to.equal(true);
    expect(more.numbers.one('one')).to.equal(false);
  });
});
