/**
 * Names as people type them. "I'm Jean" was kept as the name ("Nice to meet you, I'm Jean."),
 * and a daughter who named the person "my mum" read "From now on my questions are about my mum"
 * and "What matters most to my mum?". Found playing new users through the whole journey.
 */
import { expect } from 'chai';
import { capitalisedName, readTypedName } from '../../dialogs/recognisers/names';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { allText, lastQuestion, sayAll } from '../support/botClient';
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
    ['is called John', 'John'],
    // Thanks and the like said after a name are no part of it.
    ['Jean thanks', 'Jean'],
    ['Jean, thank you!', 'Jean'],
    ["I'm Jean thanks", 'Jean'],
    ['call me Jean please', 'Jean'],
    ['Jean Smith x', 'Jean Smith'],
    // Explore 20: a word about the person after the name, set off by a comma, dash or full stop.
    ["Frank, he's 84", 'Frank'],
    ["Frank - but he won't know what this is", 'Frank'],
    ['Frank, my father', 'Frank'],
    ["his name is Frank O'Neill, he's 84", "Frank O'Neill"],
    ['Mary Ann. She has dementia', 'Mary Ann'],
    ['Jean-Paul, 84 next month', 'Jean-Paul'],
    ['Jean; I am 78', 'Jean'],
    // Explore 22a: a clause after the name with no mark between.
    ["I'm Jean and I have COPD", 'Jean'],
    ['Jean I have diabetes', 'Jean'],
    ['her name is Jean and she has dementia', 'Jean'],
    ['my mum and she has dementia', 'my mum'],
    ['Jean thanks and I have COPD', 'Jean'],
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
    'thanks',
    'Anh Ta',
    // What follows a comma or dash that may be a name or who someone is, read with it elsewhere.
    'Smith, John',
    'Ann, her daughter',
    'Sam - Jean’s daughter-in-law',
    'her son, Tom',
    // Two names joined, and a word that may be a name's own ("Ming So").
    'Jean and John',
    'Ming So',
    'Wei He Zhang',
    'Ming So Lee',
  ];
  for (const text of unchanged) {
    it(`keeps "${text}" as typed`, () => {
      expect(readTypedName(text, phrases)).to.equal(text);
    });
  }
});

// "jean" stayed "jean" on every surface, the plan and the lead contact's copy included.
describe('Capitals in a name typed all in lower case', () => {
  const cases: Array<[string, string]> = [
    ['jean', 'Jean'],
    ['john smith', 'John Smith'],
    ['mary-ann', 'Mary-Ann'],
    ['mary-ann  o’brien', 'Mary-Ann  O’brien'],
    ['élise', 'Élise'],
    // A capital anywhere: kept as typed, as the person wrote their own name.
    ['de Souza', 'de Souza'],
    ['McDonald', 'McDonald'],
    ['jean-Luc', 'jean-Luc'],
    ['JEAN', 'JEAN'],
    // Small words said with a name, or more than a name: kept as typed, small words small.
    ['jean de souza', 'jean de souza'],
    ['john and mary', 'john and mary'],
    ['the wife', 'the wife'],
    ['jean (my mum)', 'jean (my mum)'],
    ['Jean', 'Jean'],
    // No letters with case: nothing to change.
    ['李明', '李明'],
  ];
  for (const [typed, shown] of cases) {
    it(`shows "${typed}" as "${shown}"`, () => {
      expect(capitalisedName(typed, phrases)).to.equal(shown);
    });
  }
});

describe('A name given with a thank-you', () => {
  const fresh = freshAppPerTest('webchat');

  // "What would you like me to call you?" "Jean thanks": "Nice to meet you, Jean thanks.", and the
  // plan's name was "Jean thanks" on every surface, the lead contact's copy included.
  it('calls someone who answers "Jean thanks" Jean', async () => {
    const reply = await sayAll(fresh.client, ['hi', 'me', 'Jean thanks']);
    expect(lastQuestion(reply), allText(reply)).to.equal('conditions');
    expect(allText(reply)).to.match(/Nice to meet you, Jean\./);
    expect((await onlyRecord(fresh.running)).answers['subject.name']?.value, allText(reply)).to.equal('Jean');
  });
});

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A name with a word about the person after it, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    // Explore 20: every later question read "What matters most to Frank, he's 84 at the moment?".
    for (const [said, name] of [
      ["Frank, he's 84", 'Frank'],
      ["Frank - but he won't know what this is", 'Frank'],
      ["Frank O'Neill, he's 84", "Frank O'Neill"],
    ] as const) {
      it(`notes "${said}" as the name ${name}, and speaks of ${name} alone`, async () => {
        const reply = await sayAll(fresh.client, ['hello', '2', said]);

        expect(allText(reply)).to.not.include(said);
        expect((await onlyRecord(fresh.running)).answers['subject.name']?.value, allText(reply)).to.equal(name);
      });
    }

    it('calls a person answering for themselves "Jean" after "Jean, I am 78"', async () => {
      const reply = await sayAll(fresh.client, ['hello', '1', 'Jean, I am 78']);

      expect((await onlyRecord(fresh.running)).answers['subject.name']?.value, allText(reply)).to.equal('Jean');
    });
  });
}

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

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A carer who names the person by who they are to them, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('speaks of "your mum", never "my mum", when a daughter names the person as "my mum"', async () => {
      const said: string[] = [];
      for (const text of ['hi', '2', 'my mum', 'Sarah', 'yes', 'diabetes', 'family', 'skip', 'skip']) {
        said.push(allText(await fresh.client.say(text)));
      }
      const transcript = said.join('\n');

      expect(transcript).to.not.match(/\bmy mum\b/i);
      expect(transcript).to.match(/my questions are about your mum\./);
      expect(transcript).to.match(/What matters most to your mum\b/);
      expect(transcript).to.match(/What is hard for your mum\b/);
    });

    it('says "Your husband\'s goals are saved" for "my husband", starting the sentence in capitals', async () => {
      const script = ['hi', '2', 'my husband', 'skip', 'yes', 'diabetes', 'family', ...Array(5).fill('skip')];
      await sayAll(fresh.client, script);
      const goals = ['skip', 'walk to the park', '8', 'walk after lunch', 'skip', '8', 'no'];
      const saved = allText(await sayAll(fresh.client, goals));

      expect(saved).to.match(/Your husband's goals are saved/);
      expect(saved).to.not.match(/\bmy husband\b|(?:^|[.!?]\s+)your husband/m);
    });

    it('asks whether "your mum" is safe when a carer tells of her crisis', async () => {
      await sayAll(fresh.client, ['hi', '2', 'my mum', 'Sarah']);
      const reply = allText(await fresh.client.say('she keeps saying she wants to end her life'));

      expect(reply).to.match(/Is your mum safe right now\?/);
    });
  });
}
