/**
 * Explorer 29: Lee, texting for his mum, sent a photo (an MMS with a picture and no words). It was
 * answered "Sorry, I didn't get that. Type a few words, or SKIP, or NOT SURE.", as if he had typed
 * something wrong, with no word that pictures are not seen and no question after it.
 */
import { expect } from 'chai';
import { storedValue } from '../support/onlyRecord';
import { appPerTest29, leeToWouldLikeTo as toWouldLikeTo, Texter } from '../support/explorerPeople';

describe('Explorer 29 Lee by text: a photo with no words', () => {
  const app = appPerTest29();

  it('is told pictures are not seen, and asked the question again', async () => {
    const lee = new Texter(app.running);
    await lee.texts(toWouldLikeTo);
    const heard = await lee.photo();

    expect(heard.text).to.match(/picture|photo/i);
    expect(heard.text).to.match(/What would Mum like to be able to do/);
    expect(await storedValue(app.running, 'whatMatters.wouldLikeTo')).to.equal(undefined);
  });

  it('still gets "Sorry, I didn\'t get that" for an empty text with no picture', async () => {
    const lee = new Texter(app.running);
    await lee.texts(toWouldLikeTo);
    const heard = await lee.text('');

    expect(heard.text).to.not.match(/picture|photo/i);
  });

  it('is told pictures are not seen at "Does Mum know…?", noting no yes or no', async () => {
    const lee = new Texter(app.running);
    await lee.texts(toWouldLikeTo.slice(0, 4));
    const heard = await lee.photo();

    expect(heard.text).to.match(/picture|photo/i);
    expect(heard.text).to.match(/Does Mum know/);
    expect(await storedValue(app.running, 'respondent.personAgrees')).to.equal(undefined);
  });
});
