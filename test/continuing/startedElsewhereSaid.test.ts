/**
 * Explorer 31: Peggy, 78, answered half the questions in Web Chat, then two days later texted
 * "hello its Peggy again, I was doing the questions on the computer the other day with my
 * granddaughter". She got the welcome and "Who is answering today?" with no word of how to carry
 * on from the computer; "can we just carry on" got "Sorry, please reply with one number from the
 * list". A first message that says the person was here before, and "carry on" with nothing noted
 * here, tell them how to bring their answers across; nothing they said is noted.
 */
import { expect } from 'chai';
import { onlyRecord } from '../support/onlyRecord';
import { appPerTest29, Texter, WebChatter } from '../support/explorerPeople';

const smsHint =
  /If you started on a computer, type CONTINUE ON MY PHONE in that chat for a code, then text the code here/;
const webHint =
  /If you started on another phone or computer, say 'continue on my phone' there to get a code, then send the code here/;

describe('Explorer 31: a first message saying the person was here before', () => {
  const app = appPerTest29();

  for (const words of [
    'hello its Peggy again, I was doing the questions on the computer the other day with my granddaughter',
    'hello again',
    'Hi, I did some of this on the computer',
    'carry on',
    'carry on from where I was',
  ]) {
    it(`tells a new phone how to bring answers across after "${words}"`, async () => {
      const peggy = new Texter(app.running);
      const heard = await peggy.text(words);

      expect(heard.text).to.match(smsHint);
      expect(heard.text).to.match(/who is answering today\?/);
      expect(Object.keys((await onlyRecord(app.running).catch(() => ({ answers: {} }))).answers)).to.deep.equal([]);
    });
  }

  it('tells a new Web Chat how to bring answers across after "hi, I started on my phone last week"', async () => {
    const peggy = await WebChatter.open(app.running);
    const heard = await peggy.say('hi, I started on my phone last week');

    expect(heard.text).to.match(webHint);
    expect(heard.linkId).to.equal('respondent.type');
  });

  it('tells a new phone how to bring answers across after "can we just carry on" at the first question', async () => {
    const peggy = new Texter(app.running);
    await peggy.text('hello');
    const heard = await peggy.text('can we just carry on');

    expect(heard.text).to.match(smsHint);
    expect(heard.text).to.not.match(/Sorry/);
  });

  // A first visit, said so or not: no word of another phone or computer.
  for (const words of ['hello', "hi, I'm doing this for my mum who has dementia", 'hi my nurse gave me this number']) {
    it(`says nothing of another phone after "${words}"`, async () => {
      const peggy = new Texter(app.running);
      const heard = await peggy.text(words);

      expect(heard.text).to.not.match(/CONTINUE ON MY PHONE/);
    });
  }
});
