/**
 * Dialog 30 (H437, H396 leftovers): a document's header or reference pasted on one line under 200
 * characters ("RE: clinic review, NHS number 123 456 7890") at a question in words was noted as the
 * person's answer: only several lines or 200 characters were read for marks of a letter. A short
 * message with two marks, one of them a document's own ("RE:", "NHS number", "DOB"), is held and
 * offered as a letter is: a yes keeps it whole, their own words are noted in its place. Short
 * answers of their own naming a clinic, a consultant or a date are noted as ever. Web Chat and SMS.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const at = 'whatMatters.most';

/** Headers and references pasted on one line: held, nothing noted. */
const pasted = [
  'RE: clinic review, NHS number 123 456 7890',
  'Ref: outpatient clinic 12/03/2026',
  'NHS no 943 476 5919 DOB 01/02/1950',
  'Our ref: JS/AK Consultant Dr Smith',
];

/** Their own short answers, with a mark or two of a letter in them: noted as ever. */
const own = [
  'getting to the clinic on 3 May',
  'my consultant said my diagnosis is fine',
  're: my kids, they matter most',
  'seeing the specialist nurse at clinic',
  'my dob is in May and I want to be well for it',
];

for (const channelId of ['webchat', 'sms'])
  describe(`Dialog 30: a short paste of a document at a question in words (${channelId})`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of pasted) {
      it(`holds "${said}", says it looks like a letter or document, and asks again`, async () => {
        const reply = await atQuestion(app.client, at, said);

        expect(await storedValue(app.running, at), allText(reply)).to.equal(undefined);
        expect(allText(reply)).to.match(/looks like a letter or document/);
        expect(lastQuestion(reply)).to.equal(at);
      });
    }

    it('keeps the paste whole after a yes', async () => {
      await atQuestion(app.client, at, pasted[0]);
      const reply = await app.client.say('yes');

      expect(await storedValue(app.running, at), allText(reply)).to.equal(pasted[0]);
    });

    it('notes their own words said instead', async () => {
      await atQuestion(app.client, at, pasted[0]);
      const reply = await app.client.say('my grandchildren');

      expect(await storedValue(app.running, at), allText(reply)).to.equal('my grandchildren');
    });

    for (const said of own) {
      it(`notes "${said}" as ever`, async () => {
        const reply = await atQuestion(app.client, at, said);

        expect(await storedValue(app.running, at), allText(reply)).to.equal(said);
      });
    }
  });
