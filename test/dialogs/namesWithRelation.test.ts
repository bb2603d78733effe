/**
 * A carer who names the person by who they are to them ("my mum", "my husband John") at the
 * question for the person's name has said how they know them: asked "How do you know John?"
 * straight after, they are asked to repeat themselves. Found playing new users, on web chat and SMS.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A carer who names the person with who they are to them, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    // [said at the name question, the name kept, what the carer is to the person, how the person is spoken of]
    const cases: Array<[string, string, string, RegExp]> = [
      ['my mum', 'my mum', 'son or daughter', /Does your mum know you are doing this/],
      ['my husband John', 'John', 'partner', /Does John know you are doing this/],
      ['my wife Sarah', 'Sarah', 'partner', /Does Sarah know you are doing this/],
      ['mum', 'Mum', 'son or daughter', /Does Mum know you are doing this/],
      ['our Nan', 'our Nan', 'grandchild', /Does your Nan know you are doing this/],
      ['My friend Bob.', 'Bob', 'friend', /Does Bob know you are doing this/],
      // Who the person is, said around the name rather than before it.
      ["My mum's name is Jean", 'Jean', 'son or daughter', /Does Jean know you are doing this/],
      ["he's called Ron, my dad", 'Ron', 'son or daughter', /Does Ron know you are doing this/],
      ['Her name is Jean, my mum', 'Jean', 'son or daughter', /Does Jean know you are doing this/],
      ['my husband is called John', 'John', 'partner', /Does John know you are doing this/],
      ['Jean (my gran)', 'Jean', 'grandchild', /Does Jean know you are doing this/],
      // The name joined to who they are by "is".
      ['Jean is my mum', 'Jean', 'son or daughter', /Does Jean know you are doing this/],
      ["Jean's my mum", 'Jean', 'son or daughter', /Does Jean know you are doing this/],
      ['Ron is my dad', 'Ron', 'son or daughter', /Does Ron know you are doing this/],
      // Found in explore 19c: "for my mum Jean" was kept whole as her name.
      ["it's for my mum Jean", 'Jean', 'son or daughter', /Does Jean know you are doing this/],
      ['Jean - mother', 'Jean', 'son or daughter', /Does Jean know you are doing this/],
      ['Jean (mother)', 'Jean', 'son or daughter', /Does Jean know you are doing this/],
      // Explore 20: who the person is, then a word about them; or a word about them after the name.
      ['Frank, my father', 'Frank', 'son or daughter', /Does Frank know you are doing this/],
      ["my husband John, he's 84", 'John', 'partner', /Does John know you are doing this/],
      ["Frank, my dad - he's 84", 'Frank', 'son or daughter', /Does Frank know you are doing this/],
    ];
    for (const [said, name, relationship, spokenOf] of cases) {
      it(`never asks how they know the person after "${said}", and notes it`, async () => {
        const reply = await sayAll(fresh.client, ['hi', '2', said, 'Kim']);
        const record = await onlyRecord(fresh.running);

        expect(lastQuestion(reply), allText(reply)).to.equal('respondent.personAgrees');
        expect(allText(reply)).to.match(spokenOf);
        expect(record.answers['subject.name']?.value).to.equal(name);
        expect(record.answers['respondent.relationship']?.value).to.equal(relationship);
        expect(record.answers['respondent.relationship']?.status).to.equal('answered');
      });
    }

    // "Mumtaz" starts like "mum", and is a name; "her name is Jean" says nothing of who she is to them.
    for (const said of ['Jean', 'Mumtaz', 'her name is Jean']) {
      it(`still asks how they know someone named "${said}", with no word for who they are`, async () => {
        const reply = await sayAll(fresh.client, ['hi', '2', said, 'Kim']);

        expect(lastQuestion(reply), allText(reply)).to.equal('respondent.relationship');
        expect(allText(reply)).to.match(/How do you know Jean\?|How do you know Mumtaz\?/);
      });
    }

    // The carer's own name with who they are to the person after it (explore 19c): "I'm Ann, her
    // daughter" was noted as the name "Ann, her daughter", then "How do you know Jean?" was asked.
    const ownCases: Array<[string, string, string]> = [
      ["I'm Ann, her daughter", 'Ann', 'daughter'],
      ['Ann - his son', 'Ann', 'son'],
      ['Kim her husband', 'Kim', 'husband'],
      ["Sam, Jean's daughter-in-law", 'Sam', 'daughter-in-law'],
    ];
    for (const [said, name, relationship] of ownCases) {
      it(`takes "${said}" as the name ${name} and a ${relationship}, never asking how they know Jean`, async () => {
        const reply = await sayAll(fresh.client, ['hi', '2', 'Jean', said]);
        const record = await onlyRecord(fresh.running);

        expect(lastQuestion(reply), allText(reply)).to.equal('respondent.personAgrees');
        expect(record.answers['respondent.name']?.value).to.equal(name);
        expect(record.answers['respondent.relationship']?.value).to.equal(relationship);
      });
    }

    // "<Name>'s <relation>": the word before the "'s" must name the person (or be a word for who
    // the person is to them, "Mum's daughter"), and the words after it a relation the carer says of
    // themselves. "he's son" and "it's daughter" are no one's; "Bob's daughter" is not Jean's.
    const possessiveRight: Array<[string, string, string]> = [
      ["I'm Ann, Jean's daughter", 'Ann', 'daughter'],
      ["Ann, jean's friend", 'Ann', 'friend'],
      ["I'm Ann, Mum's daughter", 'Ann', 'daughter'],
      ["Tom - Jean's eldest son", 'Tom', 'eldest son'],
    ];
    for (const [said, name, relationship] of possessiveRight) {
      it(`reads "${said}" as the name ${name} and ${relationship}, Jean's own "'s" before it`, async () => {
        const reply = await sayAll(fresh.client, ['hi', '2', 'Jean', said]);
        const record = await onlyRecord(fresh.running);

        expect(lastQuestion(reply), allText(reply)).to.equal('respondent.personAgrees');
        expect(record.answers['respondent.name']?.value).to.equal(name);
        expect(record.answers['respondent.relationship']?.value).to.equal(relationship);
      });
    }

    const possessiveWrong = [
      "I'm Ann, it's me",
      "I'm Ann, the kids' gran",
      "I'm Ann, Jean's",
      "I'm Ann, Jean's carer",
      "I'm Ann, Bob's daughter",
      "I'm Ann, he's son",
      "Ann, it's daughter",
      "I'm Ann, that's friend",
      "Kim, she's wife",
      "Ann, Dad's wife",
    ];
    for (const said of possessiveWrong) {
      it(`reads no relationship from "${said}", and asks how they know Jean`, async () => {
        const reply = await sayAll(fresh.client, ['hi', '2', 'Jean', said]);
        const record = await onlyRecord(fresh.running);

        expect(lastQuestion(reply), allText(reply)).to.equal('respondent.relationship');
        expect(allText(reply)).to.match(/How do you know Jean\?/);
        expect(record.answers['respondent.relationship']).to.equal(undefined);
      });
    }

    // "her" with no word for who they are to the person: the name is kept as typed, and asked how.
    it('still asks how they know Jean after "Ann, her carer"', async () => {
      const reply = await sayAll(fresh.client, ['hi', '2', 'Jean', 'Ann, her carer']);
      expect(lastQuestion(reply), allText(reply)).to.equal('respondent.relationship');
    });

    // A relationship the carer typed is theirs: a name changed at the review never overwrites it.
    it('keeps the relationship typed by the carer when the name is changed to "my mum Jean" at the review', async () => {
      const carer = { 'respondent.type': '2', 'subject.name': 'Jean', 'respondent.name': 'Kim' };
      await walkTo((text) => fresh.client.say(text), 'review.change', {
        ...carer,
        'respondent.relationship': 'her carer from the agency',
      });
      const asked = await walkTo(
        (text) => fresh.client.say(text),
        'subject.name',
        { 'respondent.type': 'keep' },
        'about',
      );
      expect(lastQuestion(asked), allText(asked)).to.equal('subject.name');
      await fresh.client.say('my mum Jean');

      expect(await storedValue(fresh.running, 'subject.name')).to.equal('Jean');
      expect(await storedValue(fresh.running, 'respondent.relationship')).to.equal('her carer from the agency');
    });

    it('reads the relationship again from a changed name when the first was read from a name too', async () => {
      await walkTo((text) => fresh.client.say(text), 'review.change', {
        'respondent.type': '2',
        'subject.name': 'my mum',
        'respondent.name': 'Kim',
      });
      await walkTo((text) => fresh.client.say(text), 'subject.name', { 'respondent.type': 'keep' }, 'about');
      await fresh.client.say('my husband John');

      expect(await storedValue(fresh.running, 'respondent.relationship')).to.equal('partner');
    });
  });
}

describe('A name typed all in lower case', () => {
  const fresh = freshAppPerTest('webchat');

  it('is kept and said with capitals ("mary-ann smith" is Mary-Ann Smith), the carer\'s own name too', async () => {
    const reply = await sayAll(fresh.client, ['hi', '2', 'mary-ann smith', 'jean']);
    const record = await onlyRecord(fresh.running);

    expect(allText(reply)).to.match(/How do you know Mary-Ann Smith\?/);
    expect(record.answers['subject.name']?.value).to.equal('Mary-Ann Smith');
    expect(record.answers['respondent.name']?.value).to.equal('Jean');
  });

  it('is kept as typed when it has a capital anywhere ("de Souza")', async () => {
    const reply = await sayAll(fresh.client, ['hi', '1', 'maria de Souza']);

    expect(allText(reply)).to.match(/Nice to meet you, maria de Souza\./);
    expect((await onlyRecord(fresh.running)).answers['subject.name']?.value).to.equal('maria de Souza');
  });
});

/**
 * The person's name said with who they are, answered to "How do you know Ron?" ("Ron my dad"): it
 * was kept as typed, so the plan read "Carer: Sam (Ron my dad)". Who the carer is to the person is
 * noted from "my dad", as "my dad" alone is; the name goes where the name is asked: noted when none
 * was given, never in place of another (dialogfix23 #6).
 */
for (const channelId of ['webchat', 'sms'] as const) {
  describe(`The person's name said with who they are at the relationship question, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const said of ['Ron my dad', 'Ron, my dad', 'my dad Ron', 'he is my dad Ron', 'Ron (my dad)']) {
      it(`notes "${said}" to "How do you know Ron?" as a son or daughter`, async () => {
        const reply = await sayAll(fresh.client, ['hi', '2', 'Ron', 'Sam', said]);

        expect(await storedValue(fresh.running, 'respondent.relationship'), allText(reply)).to.equal('son or daughter');
        expect(await storedValue(fresh.running, 'subject.name')).to.equal('Ron');
        expect(allText(reply)).to.not.include(said);
      });
    }

    it('notes the name Ron from "Ron my dad" when no name was given, and says the questions are about Ron now', async () => {
      const reply = await sayAll(fresh.client, ['hi', '2', 'skip', 'Sam', 'Ron my dad']);

      expect(await storedValue(fresh.running, 'respondent.relationship'), allText(reply)).to.equal('son or daughter');
      expect(await storedValue(fresh.running, 'subject.name')).to.equal('Ron');
      expect(allText(reply)).to.match(/about Ron/);
    });

    it('keeps "Ron my dad" as typed when the person is named Jim: who Ron is, is not guessed', async () => {
      await sayAll(fresh.client, ['hi', '2', 'Jim', 'Sam', 'Ron my dad']);

      expect(await storedValue(fresh.running, 'subject.name')).to.equal('Jim');
      expect(await storedValue(fresh.running, 'respondent.relationship')).to.equal('Ron my dad');
    });

    it('keeps "my friend from church" as typed: "from church" is no name', async () => {
      await sayAll(fresh.client, ['hi', '2', 'skip', 'Sam', 'my friend from church']);

      expect(await storedValue(fresh.running, 'respondent.relationship')).to.equal('my friend from church');
      expect((await onlyRecord(fresh.running)).answers['subject.name']?.status).to.not.equal('answered');
    });
  });
}
