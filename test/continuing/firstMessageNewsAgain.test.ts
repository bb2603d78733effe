/**
 * A first message that tells news with "again", "yesterday" or "last week" in it ("I saw the nurse again
 * yesterday"; review 31, H514 under H278): explorer 31's `cameBefore` read those
 * words as "I was here before", so the person got only how to bring answers from another phone or
 * computer, and lost "I ask one thing at a time, so if it answers a question, please tell me again
 * then": what they told was dropped without their being asked to say it again. Whichever words
 * they used, both are said.
 */
import { expect } from 'chai';
import { appPerTest29, Texter } from '../support/explorerPeople';

const smsAgain = /if it answers a question, tell me again then/i;

describe('A first message with news in it is asked for again when its question comes', () => {
  const app = appPerTest29();

  for (const words of [
    'I saw the nurse again yesterday about my sugars',
    'the GP changed my tablets again last week',
    'hello its Peggy again, I was doing the questions on the computer the other day',
  ]) {
    it(`tells a phone to say it again at its question after "${words}"`, async () => {
      const heard = await new Texter(app.running).text(words);

      expect(heard.text).to.match(smsAgain);
      expect(heard.text).to.match(/who is answering today\?/);
    });
  }
});
