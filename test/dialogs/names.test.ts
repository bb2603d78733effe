/**
 * Names as people type them. "I'm Jean" was kept as the name ("Nice to meet you, I'm Jean.").
 * Found playing new users through the whole journey.
 */
import { expect } from 'chai';
import { readTypedName } from '../../dialogs/recognisers/names';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { allText, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

const phrases = createPhrases();

describe('Reading a name', () => {
  const cases: Array<[string, string]> = [
    ["I'm Jean", 'Jean'],
    ['Im Jean', 'Jean'],
    ['I am Jean', 'Jean'],
    ['i’m Jean Smith', 'Jean Smith'],
    ['my name is Jean', 'Jean'],
    ["My name's Jean.", 'Jean'],
    ['her name is Jean', 'Jean'],
    ['His name is Ron', 'Ron'],
    ["she's called Jean", 'Jean'],
    ['he is called Ron', 'Ron'],
    ["it's Jean", 'Jean'],
    ['call me Jean', 'Jean'],
    ['you can call me Jeannie', 'Jeannie'],
    ["hi, I'm Jean", 'Jean'],
    ['Hello my name is Jean!', 'Jean'],
    ["My mum's name is Jean", 'Jean'],
  ];
  for (const [text, name] of cases) {
    it(`reads "${text}" as "${name}"`, () => {
      expect(readTypedName(text, phrases)).to.equal(name);
    });
  }

  // Names that start like the words around a name, and answers with no name after those words.
  const unchanged = [
    'Jean',
    'Imogen',
    'Myra',
    'Isla',
    'Ima Jones',
    'Mary Jane',
    'Jean-Claude',
    "I'm",
    'call me',
    'my mum',
  ];
  for (const text of unchanged) {
    it(`keeps "${text}" as typed`, () => {
      expect(readTypedName(text, phrases)).to.equal(text);
    });
  }
});

describe('Names as people type them, on SMS', () => {
  const fresh = freshAppPerTest('sms');

  it('calls Jean "Jean" after "I\'m Jean", not "I\'m Jean"', async () => {
    const result = await sayAll(fresh.client, ['hi', '1', "I'm Jean"]);

    expect(allText(result)).to.match(/Nice to meet you, Jean\./);
    expect(allText(result)).to.not.match(/Nice to meet you, I'm Jean/);
    expect((await onlyRecord(fresh.running)).answers['subject.name']?.value).to.equal('Jean');
  });

  it('asks a carer about "Jean" after "her name is Jean", and keeps the carer\'s own name from "I\'m Sarah"', async () => {
    const said = await sayAll(fresh.client, ['hi', '2', 'her name is Jean', "I'm Sarah"]);
    const record = await onlyRecord(fresh.running);

    expect(allText(said)).to.match(/How do you know Jean\?/);
    expect(record.answers['subject.name']?.value).to.equal('Jean');
    expect(record.answers['respondent.name']?.value).to.equal('Sarah');
  });
});
