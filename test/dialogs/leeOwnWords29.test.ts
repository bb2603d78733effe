/**
 * Explorer 29: Lee, texting for his mum, mixes his own feelings into her answers. "she seems ok, im
 * the one struggling" at "How does Mum feel about living with their health conditions?" was noted,
 * all of it, as how Mum feels, and nothing of it kept as his own ("honestly im exhausted" was).
 */
import { expect } from 'chai';
import { onlyRecord } from '../support/onlyRecord';
import { appPerTest29, leeToWouldLikeTo, Texter } from '../support/explorerPeople';

const toFeelings = [...leeToWouldLikeTo, 'go to church again', 'me'];

describe("Explorer 29 Lee by text: his own struggle said in Mum's answer", () => {
  const app = appPerTest29();

  for (const [said, answer, own] of [
    ['she seems ok, im the one struggling', 'she seems ok', 'im the one struggling'],
    ["she's fine, I'm the one who is struggling", "she's fine", "I'm the one who is struggling"],
    ['she doesnt mind, its me thats struggling', 'she doesnt mind', 'its me thats struggling'],
  ] as const) {
    it(`notes "${answer}" for Mum and keeps "${own}" as Lee's own`, async () => {
      const lee = new Texter(app.running);
      await lee.texts(toFeelings);
      const heard = await lee.text(said);
      const saved = await onlyRecord(app.running);

      expect(saved.answers['whatMatters.feelings']?.value, heard.text).to.equal(answer);
      expect(saved.carerViews.carer?.text, heard.text).to.equal(own);
      expect(heard.text).to.match(/What you said about yourself is kept too/);
    });
  }

  it('notes "im struggling to get her to eat" for Mum, with nothing kept as his own', async () => {
    const lee = new Texter(app.running);
    await lee.texts(toFeelings);
    const heard = await lee.text('im struggling to get her to eat');
    const saved = await onlyRecord(app.running);

    expect(saved.answers['whatMatters.feelings']?.value, heard.text).to.equal('im struggling to get her to eat');
    expect(saved.carerViews.carer, heard.text).to.equal(undefined);
  });
});
