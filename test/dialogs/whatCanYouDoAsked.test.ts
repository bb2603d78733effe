/**
 * Explorer 31: someone trying the bot asked "what can you do" at "First, who is answering today?"
 * and read "Sorry, I didn't understand. Please pick one of the options." Asking what Careprep can do
 * is answered as "what do you do" is, and the question asked again; nothing is noted.
 */
import { expect } from 'chai';
import { appPerTest29, Texter, WebChatter } from '../support/explorerPeople';
import { onlyRecord } from '../support/onlyRecord';

describe('Explorer 31: "what can you do" asked of Careprep', () => {
  const app = appPerTest29();

  for (const words of ['what can you do', 'What can you do?', 'how can you help me', 'what can you help me with']) {
    it(`tells what Careprep is for after "${words}" at the first question in Web Chat`, async () => {
      const tester = await WebChatter.open(app.running);
      const heard = await tester.say(words);

      expect(heard.text).to.not.match(/Sorry/);
      expect(heard.text).to.match(/Careprep helps you get ready for your care planning appointment/);
      expect(heard.linkId).to.equal('respondent.type');
    });
  }

  it('tells what Careprep is for after "what can you do" at a text question by text, noting nothing', async () => {
    const tester = new Texter(app.running);
    await tester.texts(['hi', '1', 'Sam', 'asthma']);
    const heard = await tester.text('what can you do');

    expect(heard.text).to.match(/Careprep helps you get ready/);
    expect((await onlyRecord(app.running)).answers['whatMatters.most']).to.equal(undefined);
  });

  // Whole messages only: a longer question is read as any other ("what can you do when…" is not this ask).
  it('does not answer "what can you do when your legs swell" as asking what Careprep is for', async () => {
    const tester = new Texter(app.running);
    await tester.texts(['hi', '1', 'Sam', 'asthma']);
    const heard = await tester.text('what can you do when your legs swell');

    expect(heard.text).to.not.match(/Careprep helps you get ready/);
  });
});
