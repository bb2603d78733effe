/**
 * Explorer 29: Amira, in Web Chat on her phone. Asking "can I change the answer from two questions
 * ago" at "How sure are you…?" was noted as 2 out of 10 for how sure she is, and she was told a
 * lower number means the step could be smaller. A long letter from the hospital pasted in at "What
 * matters most to you?" was noted as what matters most to her.
 */
import { expect } from 'chai';
import { storedValue } from '../support/onlyRecord';
import { amiraToConfidence, appPerTest29, WebChatter } from '../support/explorerPeople';

describe('Explorer 29 Amira in Web Chat: an answer from questions ago', () => {
  const app = appPerTest29();

  for (const [words, linkId] of [
    ['can I change the answer from two questions ago', 'goal.1.action'],
    ['change my answer from 2 questions back', 'goal.1.action'],
    ['go back two questions', 'goal.1.action'],
    ['i want to change the one before last', 'goal.1.action'],
    ['can we go back 3 questions', 'goal.1.importance'],
  ] as const) {
    it(`notes no score and asks ${linkId} again after "${words}"`, async () => {
      const amira = await WebChatter.open(app.running);
      await amira.sayAll(amiraToConfidence);
      const heard = await amira.say(words);

      expect(await storedValue(app.running, 'goal.1.confidence'), heard.text).to.equal(undefined);
      expect(heard.linkId, heard.text).to.equal(linkId);
    });
  }

  it('comes back to "How sure are you" once the earlier answer is given again', async () => {
    const amira = await WebChatter.open(app.running);
    await amira.sayAll(amiraToConfidence);
    await amira.say('can I change the answer from two questions ago');
    const heard = await amira.say('couch to 5k twice a week');

    expect(await storedValue(app.running, 'goal.1.action')).to.equal('couch to 5k twice a week');
    expect(heard.linkId, heard.text).to.equal('goal.1.confidence');
  });

  for (const [words, score] of [
    ['2 i think', 2],
    ['two, not very sure', 2],
    ['maybe 3', 3],
  ] as const) {
    it(`still notes ${score} from "${words}"`, async () => {
      const amira = await WebChatter.open(app.running);
      await amira.sayAll(amiraToConfidence);
      const heard = await amira.say(words);

      expect(await storedValue(app.running, 'goal.1.confidence'), heard.text).to.equal(score);
    });
  }
});

describe('Explorer 29 Amira in Web Chat: a letter from the hospital pasted in', () => {
  const app = appPerTest29();
  const letter = [
    'Dear Ms Amira Khan,',
    '',
    'RE: Outpatient review, Respiratory Clinic',
    '',
    'Thank you for attending clinic on 3 March. Your asthma remains partly controlled. We have increased your',
    'inhaler to two puffs twice daily. Your HbA1c was 58 mmol/mol. Please continue metformin 500mg twice daily.',
    'We will review you in 6 months.',
    '',
    'Yours sincerely,',
    'Dr J Smith, Consultant',
  ].join('\n');

  it('does not note the letter as what matters most, and asks again in her own words', async () => {
    const amira = await WebChatter.open(app.running);
    await amira.sayAll(amiraToConfidence.slice(0, 3));
    const heard = await amira.say(letter);

    expect(await storedValue(app.running, 'whatMatters.most'), heard.text).to.equal(undefined);
    expect(heard.linkId).to.equal('whatMatters.most');
  });
});
