/**
 * Explorer 31: names as new users give them. Peggy, 78, answered "What would you like me to call
 * you?" with "well, my name is Margaret, but everyone calls me Peggy" and read "Nice to meet you,
 * Well."; Tomasz, whose first language is Polish, wrote "my name Tomasz" and read "Nice to meet
 * you, my name Tomasz."; Sarah named her mother "Mum is Joan" and was asked "What matters most to
 * Mum is Joan?" at every question after. The name goes on the plan the lead contact reads.
 */
import { expect } from 'chai';
import { readTypedName } from '../../dialogs/recognisers/names';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { relationInName } from '../../dialogs/recognisers/relationInName';
import { onlyRecord } from '../support/onlyRecord';
import { appPerTest29, Texter, WebChatter } from '../support/explorerPeople';

const phrases = createPhrases();
const relations = loadPackLibrary().question('respondent.relationship').fromName ?? [];

describe('Reading a name said after a word that only opens the reply', () => {
  for (const [text, name] of [
    ['well, my name is Margaret', 'Margaret'],
    ['well my name is Margaret', 'Margaret'],
    ['Well, Peggy', 'Peggy'],
    ['well Peggy', 'Peggy'],
    ['um, I am Jean', 'Jean'],
    ['erm Jean', 'Jean'],
    ['ok Dave', 'Dave'],
    ['okay, Dave', 'Dave'],
    ['yes, it is Jean', 'Jean'],
    ['oh well, call me Peggy', 'Peggy'],
    ['well hello, I am Jean', 'Jean'],
    // "is" left out, as in many languages.
    ['my name Tomasz', 'Tomasz'],
    ['My name Tomasz.', 'Tomasz'],
    ['her name Joan', 'Joan'],
    ['his name Ali', 'Ali'],
    ['my first name Agnieszka', 'Agnieszka'],
  ] as const) {
    it(`reads "${text}" as "${name}"`, () => {
      expect(readTypedName(text, phrases)).to.equal(name);
    });
  }

  // Names that start as such words do, and such words with no name after them.
  for (const text of ['Wells', 'Okafor', 'Yesenia', 'Ummi', 'well', 'ok', 'my name', 'So Yeon', 'Oh Min', 'Ah Kow']) {
    it(`keeps "${text}" as typed`, () => {
      expect(readTypedName(text, phrases)).to.equal(text);
    });
  }
});

describe('Reading who the person is to a carer from "Mum is Joan"', () => {
  for (const [text, answer, name] of [
    ['Mum is Joan', 'son or daughter', 'Joan'],
    ['mum is called Joan', 'son or daughter', 'Joan'],
    ["mum's Joan", 'son or daughter', 'Joan'],
    ['Dad is Ron Smith', 'son or daughter', 'Ron Smith'],
    ['husband is John', 'partner', 'John'],
  ] as const) {
    it(`reads "${text}" as ${answer}, named ${name}`, () => {
      expect(relationInName(text, relations, phrases)).to.deep.equal({ answer, name });
    });
  }

  // No word for who the person is before "is", or no name after it: nothing is read.
  for (const text of ['Jean is Joan', 'Mum is poorly', 'Mum is', 'Nan Smith']) {
    it(`reads nothing from "${text}"`, () => {
      expect(relationInName(text, relations, phrases)?.name).to.equal(undefined);
    });
  }
});

describe('Explorer 31: a name given as new users give it, through the real channels', () => {
  const app = appPerTest29();

  it('calls Peggy "Peggy" (never "Well") after "well, my name is Margaret, but everyone calls me Peggy", in Web Chat', async () => {
    const peggy = await WebChatter.open(app.running);
    const heard = await peggy.sayAll(['it is for me', 'well, my name is Margaret, but everyone calls me Peggy']);

    expect(heard.text).to.match(/Nice to meet you, Peggy\./);
    expect((await onlyRecord(app.running)).answers['subject.name']?.value, heard.text).to.equal('Peggy');
  });

  it('calls Tomasz "Tomasz" after "my name Tomasz", by text', async () => {
    const tomasz = new Texter(app.running);
    const heard = await tomasz.texts(['hello', '1', 'my name Tomasz']);

    expect(heard.text).to.match(/Nice to meet you, Tomasz\./);
    expect((await onlyRecord(app.running)).answers['subject.name']?.value, heard.text).to.equal('Tomasz');
  });

  it('asks Sarah about "Joan" after "Mum is Joan", and notes that Joan is her mother', async () => {
    const sarah = await WebChatter.open(app.running);
    const heard = await sarah.sayAll(['I am helping my mum', 'Mum is Joan']);
    const record = await onlyRecord(app.running);

    expect(heard.text).to.match(/my questions are about Joan\./);
    expect(heard.text).to.not.match(/Mum is Joan/);
    expect(record.answers['subject.name']?.value).to.equal('Joan');
    expect(record.answers['respondent.relationship']?.value).to.equal('son or daughter');
  });
});
