/**
 * A fear asked about is looked up by joining at most `longestFearPhrase` words (`fear.ts`), so a
 * long message costs no more than a short one: every phrase of the lists it reads must fit.
 */
import { expect } from 'chai';
import { loadYaml } from '../../../content/catalogue';
import { asksFearOfDying, longestFearPhrase } from '../../../dialogs/recognisers/fear';
import { phrasesSchema } from '../../../dialogs/recognisers/phraseLists';
import { createPhrases } from '../../../dialogs/recognisers/phrases';

const lists = loadYaml('phrases.yaml', phrasesSchema);

describe('The phrases a fear is read with', () => {
  for (const name of [
    'fearAsk',
    'fearOutcome',
    'fearOfDyingOutcome',
    'fearFelt',
    'fearSaid',
    'fearKills',
    'fearByIllness',
  ] as const) {
    it(`keeps every "${name}" phrase to ${longestFearPhrase} words`, () => {
      const longer = lists[name].filter((phrase) => phrase.trim().split(/\s+/).length > longestFearPhrase);
      expect(longer).to.deep.equal([]);
    });
  }

  it('still reads a fear of dying asked at the start of a long message', () => {
    const phrases = createPhrases(lists);
    const long = `am i going to die ${'my knees are bad and i walk slowly '.repeat(300)}`;
    expect(asksFearOfDying(long, phrases)).to.equal(true);
    expect(asksFearOfDying(`my knees are bad ${long}`, phrases)).to.equal(false);
  });
});
