/**
 * Explorer 31: Sarah, answering for her mother who has dementia, replied to "Does Joan know you are
 * doing this, and are they happy with it?" with "she cannot really understand it, she has
 * dementia, but I have lasting power of attorney". She read "Sorry, I didn't understand. Please
 * answer yes or no, or say 'not sure'. If it's not that simple, tell me in a few words and I will
 * note them", having just done so, and her next answer, the conditions, was noted here instead.
 * An explanation in a sentence is kept at once, in her words; a word or two is asked again.
 */
import { expect } from 'chai';
import { onlyRecord } from '../support/onlyRecord';
import { appPerTest29, Texter, WebChatter } from '../support/explorerPeople';

const toAgrees = ['I am helping my mum', 'her name is Joan', 'Sarah'];

describe('Explorer 31: a carer explains whether the person agrees', () => {
  const app = appPerTest29();

  for (const words of [
    'she cannot really understand it, she has dementia, but I have lasting power of attorney',
    "she has dementia so she can't really say",
    'she knows but forgets',
  ]) {
    it(`keeps "${words}" in Sarah's words and asks about conditions next, in Web Chat`, async () => {
      const sarah = await WebChatter.open(app.running);
      await sarah.sayAll(toAgrees);
      const heard = await sarah.say(words);
      const answer = (await onlyRecord(app.running)).answers['respondent.personAgrees'];

      expect(heard.text).to.not.match(/Sorry/);
      expect(heard.linkId, heard.text).to.equal('conditions');
      expect(answer).to.include({ status: 'unknown', value: words });
    });
  }

  it('keeps an explanation by text too, and asks about conditions next', async () => {
    const sarah = new Texter(app.running);
    await sarah.texts(['hi', '2', 'my mum Joan', 'Sarah']);
    const heard = await sarah.text('she has dementia, I have power of attorney');
    const answer = (await onlyRecord(app.running)).answers['respondent.personAgrees'];

    expect(heard.text).to.match(/conditions/);
    expect(answer).to.include({ status: 'unknown', value: 'she has dementia, I have power of attorney' });
  });

  // A word or two that is no yes or no is asked again, as before; a yes is a yes.
  for (const [words, asked] of [
    ['blue car', true],
    ['yes', false],
  ] as const) {
    it(`${asked ? 'asks again after' : 'notes'} "${words}"`, async () => {
      const sarah = await WebChatter.open(app.running);
      await sarah.sayAll(toAgrees);
      const heard = await sarah.say(words);

      expect(heard.linkId, heard.text).to.equal(asked ? 'respondent.personAgrees' : 'conditions');
    });
  }
});
