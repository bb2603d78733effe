/**
 * Who a carer is to the person, read from the words they named the person with ("my mum", "my
 * husband John"): only from the words the relationship question lists (`fromName`), never guessed.
 */
import { expect } from 'chai';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { relationInName } from '../../dialogs/recognisers/relationInName';

const relations = loadPackLibrary().question('respondent.relationship').fromName ?? [];
const phrases = createPhrases();

describe('Reading who the carer is to the person from the name given', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['my mum', 'son or daughter', undefined],
    ['My Mum', 'son or daughter', undefined],
    ['mum', 'son or daughter', undefined],
    ['Mum', 'son or daughter', undefined],
    ['my husband John', 'partner', 'John'],
    ['my wife Sarah', 'partner', 'Sarah'],
    ['my dad', 'son or daughter', undefined],
    ['our nan', 'grandchild', undefined],
    ['me gran', 'grandchild', undefined],
    ['my grandad Ron', 'grandchild', 'Ron'],
    ['my son', 'parent', undefined],
    ['my daughter Amy Jones', 'parent', 'Amy Jones'],
    ['my sister', 'brother or sister', undefined],
    ['my friend Bob.', 'friend', 'Bob'],
    ['my neighbour', 'neighbour', undefined],
    ['my aunt Jo', 'niece or nephew', 'Jo'],
    ['my mother in law', 'son-in-law or daughter-in-law', undefined],
    ['my mother-in-law Pat', 'son-in-law or daughter-in-law', 'Pat'],
    // Words after it that are no name: the relationship is read, the name kept as typed.
    ['my partner of 30 years', 'partner', undefined],
    ['my mum and dad', 'son or daughter', undefined],
    // Said around the name, not before it.
    ["My mum's name is Jean", 'son or daughter', 'Jean'],
    ['my mums name is Jean', 'son or daughter', 'Jean'],
    ["he's called Ron, my dad", 'son or daughter', 'Ron'],
    ['Her name is Jean, my mum', 'son or daughter', 'Jean'],
    ['my husband is called John', 'partner', 'John'],
    ["my nan's Edna", 'grandchild', 'Edna'],
    ['Jean (my gran)', 'grandchild', 'Jean'],
    ['Ron my dad', 'son or daughter', 'Ron'],
    // The name joined to who they are by "is" ("Jean is my mum", "Jean's my mum"): "is" is no part of it.
    ['Jean is my mum', 'son or daughter', 'Jean'],
    ["Jean's my mum", 'son or daughter', 'Jean'],
    ['Jean’s my mum', 'son or daughter', 'Jean'],
    ['Ron is my dad', 'son or daughter', 'Ron'],
    ['Jean Smith is my mum', 'son or daughter', 'Jean Smith'],
    ['Jean, she is my mum', 'son or daughter', 'Jean'],
    ["Jean, she's my mum", 'son or daughter', 'Jean'],
    ['this is Jean, who is my nan', 'grandchild', 'Jean'],
    // Said after "it's for" (explore 19c): "for" is no part of the name.
    ["it's for my mum Jean", 'son or daughter', 'Jean'],
    ['for my dad Ron', 'son or daughter', 'Ron'],
    // Who the person is after a dash or in brackets, with no "my".
    ['Jean - mother', 'son or daughter', 'Jean'],
    ['Jean (mother)', 'son or daughter', 'Jean'],
    ['Ron – my husband', 'partner', 'Ron'],
  ];
  for (const [said, answer, name] of cases) {
    it(`reads "${said}" as the carer's ${answer}${name ? `, named ${name}` : ''}`, () => {
      expect(relationInName(said, relations, phrases)).to.deep.equal(name ? { answer, name } : { answer });
    });
  }

  // Names that start like a word for someone, and a word for someone followed by a name with no
  // "my" before it ("Nan Smith" may be her name): nothing read.
  for (const said of [
    'Jean',
    'Mumtaz',
    'Nan Smith',
    'Dad Jones',
    'my',
    'Sonia',
    'her name is Jean',
    // Two people and two names: who is who is not guessed.
    "my mum's name is Jean and my dad's is Ron",
    'call me Jean',
    // "is" with no name before it: nothing left to be a name.
    'she is my mum',
    "she's my mum",
    'it is my mum',
    "that's my mum",
    'that is my dad',
  ]) {
    it(`reads nothing from "${said}"`, () => {
      expect(relationInName(said, relations, phrases)).to.equal(undefined);
    });
  }
});
