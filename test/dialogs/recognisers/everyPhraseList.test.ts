/**
 * Every whole-message list of content/phrases.yaml is matched by `createPhrases`, found from the
 * schema's names (`wholeMessageLists`), so a list is added in one place, not two; each phrase of
 * each list said alone must match its own list.
 */
import { expect } from 'chai';
import { loadYaml } from '../../../content/catalogue';
import { phrasesSchema, wholeMessageLists } from '../../../dialogs/recognisers/phraseLists';
import { createPhrases } from '../../../dialogs/recognisers/phrases';

const lists = loadYaml('phrases.yaml', phrasesSchema);
const phrases = createPhrases(lists);

describe('Every whole-message phrase list', () => {
  it('names every list of the schema but the commands and what stands around them', () => {
    const others = ['commands', 'withdrawAround', 'whoSeesAsked', 'shareAfterAll', 'requests', 'numberAlone'];
    expect([...wholeMessageLists, ...others].sort()).to.deep.equal(Object.keys(phrasesSchema.shape).sort());
  });

  for (const name of wholeMessageLists) {
    it(`matches each phrase of "${name}" said alone`, () => {
      const unmatched = lists[name].filter((phrase) => !phrases.is(name, phrase));
      expect(unmatched).to.deep.equal([]);
    });
  }
});
