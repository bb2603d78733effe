/**
 * Fixing explorer 29's H396: a letter or document pasted in at a question in words is not noted
 * straight away. It is said to look like a letter, held, and offered: a yes keeps it whole, a no
 * asks the question again, and an answer in their own words is noted in its place. A long answer
 * of the person's own, or a short one naming a clinic and a date, is noted as ever.
 */
import { expect } from 'chai';
import { storedValue } from '../support/onlyRecord';
import { appPerTest29, Texter, WebChatter } from '../support/explorerPeople';

const toWhatMatters = ['Me, for myself', 'Amira', 'asthma and diabetes'];
const clinicLetter = [
  'Dear Ms Amira Khan,',
  'RE: Outpatient review, Respiratory Clinic',
  'Thank you for attending clinic on 3 March. Your asthma remains partly controlled.',
  'Yours sincerely,',
  'Dr J Smith, Consultant',
].join('\n');
const discharge = [
  'Discharge summary',
  'NHS number: 943 476 5919',
  'Diagnosis: infective exacerbation of COPD',
  'Follow up: GP in 2 weeks, chest clinic 12/04/2026',
].join('\n');
const ownLong = [
  'my kids matter most to me',
  'getting back to work full time',
  'being able to run again without stopping for my inhaler every few minutes',
].join('\n');

describe('Fixing H396: a letter pasted in at a question in words', () => {
  const app = appPerTest29();

  for (const [name, letter] of [
    ['a clinic letter', clinicLetter],
    ['a discharge summary', discharge],
    ['a letter pasted as one long line', `${clinicLetter.replace(/\n/g, ' ')} Please continue metformin 500mg.`],
  ] as const) {
    it(`holds ${name}, says it looks like a letter, and asks again`, async () => {
      const amira = await WebChatter.open(app.running);
      await amira.sayAll(toWhatMatters);
      const heard = await amira.say(letter);

      expect(await storedValue(app.running, 'whatMatters.most'), heard.text).to.equal(undefined);
      expect(heard.text).to.match(/looks like a letter/);
      expect(heard.text).to.match(/own words/);
      expect(heard.text).to.not.match(/noted that/);
      expect(heard.linkId).to.equal('whatMatters.most');
    });
  }

  it('keeps the letter whole when she says yes, keep it', async () => {
    const amira = await WebChatter.open(app.running);
    await amira.sayAll(toWhatMatters);
    await amira.say(clinicLetter);
    await amira.say('yes');

    expect(await storedValue(app.running, 'whatMatters.most')).to.match(/^Dear Ms Amira Khan,[\s\S]*Consultant$/);
  });

  it('notes her own words in its place, and a no asks the question again', async () => {
    const amira = await WebChatter.open(app.running);
    await amira.sayAll(toWhatMatters);
    await amira.say(clinicLetter);
    const asked = await amira.say('no');
    expect(await storedValue(app.running, 'whatMatters.most'), asked.text).to.equal(undefined);
    expect(asked.linkId).to.equal('whatMatters.most');
    await amira.say('my kids, and breathing better');

    expect(await storedValue(app.running, 'whatMatters.most')).to.equal('my kids, and breathing better');
  });

  it('holds a letter texted for Mum at a question in words', async () => {
    const lee = new Texter(app.running);
    await lee.texts(['hi', '2', 'mum', 'Lee', 'she does, she said its fine', 'dementia']);
    const heard = await lee.text(discharge);

    expect(await storedValue(app.running, 'whatMatters.most'), heard.text).to.equal(undefined);
    expect(heard.text).to.match(/looks like a letter/);
    expect(heard.text).to.match(/YES/);
  });

  for (const [name, words] of [
    ['a long answer of her own over three lines', ownLong],
    ['a short answer naming a clinic and a date', 'my kids, and not missing clinic on 3 March'],
    ['"oh dear" in a long answer', `oh dear, where to start. ${'my kids and my work and my health. '.repeat(12)}`],
  ] as const) {
    it(`notes ${name} as ever`, async () => {
      const amira = await WebChatter.open(app.running);
      await amira.sayAll(toWhatMatters);
      const heard = await amira.say(words);

      expect(await storedValue(app.running, 'whatMatters.most'), heard.text).to.be.a('string');
      expect(heard.text).to.not.match(/looks like a letter/);
    });
  }
});
