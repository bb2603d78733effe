/**
 * A carer saying who is who in a sentence (explore 22a). To "How do you know Ron?" a carer who
 * answered with who Ron is to them ("my mum") had the plan read "Carer: Sam (my mum)": that Sam is
 * Ron's mother. And "Her name is Rose", said at "And what is your own name?", was noted as the
 * carer's own name, the person left as "Mum".
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'msteams', 'sms'] as const) {
  describe(`A carer saying who the person is to them at "How do you know Ron?", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('does not put "Carer: Sam (my mum)" in Ron\'s plan when Sam says Ron is their mum', async () => {
      await sayAll(fresh.client, ['hi', '2', 'Ron', 'Sam', 'my mum', 'yes']);

      expect(await storedValue(fresh.running, 'respondent.relationship')).to.equal('son or daughter');
      const plan = allText(await fresh.client.say('show my plan'));
      expect(plan).to.include('Sam');
      expect(plan).to.not.include('my mum');
    });

    // [said at "How do you know Ron?", who the carer is to Ron as noted]
    const cases: Array<[string, string]> = [
      ["he's my husband", 'partner'],
      ['Ron is my dad', 'son or daughter'],
      ["Ron's my grandad.", 'grandchild'],
      ['she is my mother', 'son or daughter'],
      ['My best friend', 'friend'],
      ["he's my husband of 40 years", 'partner'],
    ];
    for (const [said, relationship] of cases) {
      it(`notes "${relationship}" from "${said}", who the carer is to Ron, never the words as typed`, async () => {
        const reply = await sayAll(fresh.client, ['hi', '2', 'Ron', 'Sam', said]);

        expect(lastQuestion(reply), allText(reply)).to.equal('respondent.personAgrees');
        expect(await storedValue(fresh.running, 'respondent.relationship')).to.equal(relationship);
      });
    }

    // The carer's side, or words that name no one relation: kept as typed, as ever.
    for (const said of ["I'm his daughter", 'daughter', 'paid carer', "my mum's friend", 'my dad in law']) {
      it(`keeps "${said}" as typed`, async () => {
        await sayAll(fresh.client, ['hi', '2', 'Ron', 'Sam', said]);

        expect(await storedValue(fresh.running, 'respondent.relationship')).to.equal(said);
      });
    }
  });

  describe(`A carer naming the person at the question for their own name, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('takes "Her name is Rose" as the person\'s name, never as the carer\'s own', async () => {
      await sayAll(fresh.client, ['hi', "I'm helping my mum", 'Mum']);

      const reply = await fresh.client.say('Her name is Rose');

      expect(await storedValue(fresh.running, 'respondent.name'), allText(reply)).to.not.equal('Rose');
      expect(await storedValue(fresh.running, 'subject.name'), allText(reply)).to.equal('Rose');
      expect(lastQuestion(reply), allText(reply)).to.equal('respondent.name');
      expect(allText(reply)).to.match(/Rose/);

      const next = await fresh.client.say('Sam');
      const record = await onlyRecord(fresh.running);
      expect(record.answers['respondent.name']?.value, allText(next)).to.equal('Sam');
      expect(record.answers['respondent.relationship']?.value).to.equal('son or daughter');
      expect(allText(next)).to.match(/Does Rose know you are doing this/);
    });

    for (const said of ["she's called Rose", 'his name is Rose']) {
      it(`takes "${said}" as the person's name`, async () => {
        await sayAll(fresh.client, ['hi', '2', 'Mum']);
        await fresh.client.say(said);

        expect(await storedValue(fresh.running, 'subject.name')).to.equal('Rose');
        expect(await storedValue(fresh.running, 'respondent.name')).to.equal(undefined);
      });
    }

    it('still keeps "my name is Sam" as the carer\'s own name', async () => {
      await sayAll(fresh.client, ['hi', '2', 'Rose', 'my name is Sam']);

      expect(await storedValue(fresh.running, 'respondent.name')).to.equal('Sam');
      expect(await storedValue(fresh.running, 'subject.name')).to.equal('Rose');
    });
  });
}
