/**
 * Explorer 29 (H397): "Will my GP see it?" got the answer to "who sees my plan?", which never says
 * whether anyone but the lead contact does. Now it says the plan is only ever sent to the lead
 * contact, and only if she says so, and that anyone else (a GP) sees it only if the lead contact
 * passes it on, or she shows it to them herself. Nothing is said to have been sent.
 */
import { expect } from 'chai';
import { invitationCode } from '../support/invitations';
import { appPerTest29, WebChatter } from '../support/explorerPeople';

const toGoals = ['Me, for myself', 'Amira', 'asthma', 'my kids', 'skip', 'skip', 'skip', 'skip', 'skip'];

describe('Fixing H397: will my GP see it?', () => {
  const app = appPerTest29();

  for (const words of [
    'Will my GP see it?',
    'will my doctor see this',
    'does my nurse get it',
    'can my gp read my plan?',
  ]) {
    it(`says who sends it to whom after "${words}"`, async () => {
      const amira = await WebChatter.open(app.running);
      await amira.say(await invitationCode(app.running));
      const before = await amira.sayAll(toGoals);
      const heard = await amira.say(words);

      expect(heard.text).to.match(/only ever send it to Dr Sam Patel/);
      expect(heard.text).to.match(/sees it only if Dr Sam Patel passes it on, or you show it to them yourself/);
      expect(heard.text).to.not.match(/has been sent|I have sent|shared it with/);
      expect(heard.linkId).to.equal(before.linkId);
    });
  }

  it('still answers "who will see my plan?" without it', async () => {
    const amira = await WebChatter.open(app.running);
    await amira.say(await invitationCode(app.running));
    await amira.sayAll(toGoals);
    const heard = await amira.say('who will see my plan?');

    expect(heard.text).to.match(/At the end I will ask whether to send your plan to Dr Sam Patel/);
    expect(heard.text).to.not.match(/passes it on/);
  });

  it('with no care team linked, says nobody is sent it and they see it only if shown', async () => {
    const amira = await WebChatter.open(app.running);
    await amira.sayAll(toGoals);
    const heard = await amira.say('Will my GP see it?');

    expect(heard.text).to.match(/Nobody else sees your answers/);
    expect(heard.text).to.match(/only if you show it to them yourself/);
  });
});
