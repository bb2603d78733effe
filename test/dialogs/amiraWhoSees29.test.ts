/**
 * Explorer 29: Amira, in Web Chat, asks who will see her plan before she agrees to share it. At
 * "Which parts shall I send to Dr Sam Patel?" she was told "At the end I will ask whether to send
 * your plan to Dr Sam Patel", while that was the question being asked.
 */
import { expect } from 'chai';
import { invitationCode } from '../support/invitations';
import { appPerTest29, WebChatter } from '../support/explorerPeople';

const toShare = [
  'Me, for myself',
  'Amira',
  'asthma',
  'my kids',
  'skip',
  'skip',
  'skip',
  'skip',
  'skip',
  'run a 5k',
  '7️⃣',
  'couch to 5k',
  'skip',
  '8',
  '👎',
  '1',
  'skip',
  'no',
  'no',
  'It looks right',
];

describe('Explorer 29 Amira in Web Chat: who will see her plan, asked at sharing', () => {
  const app = appPerTest29();

  for (const words of ['who will see my plan?', 'who else will see it']) {
    it(`is told she is being asked now after "${words}" at "which parts shall I send?"`, async () => {
      const amira = await WebChatter.open(app.running);
      await amira.say(await invitationCode(app.running));
      const atShare = await amira.sayAll(toShare);
      expect(atShare.linkId, atShare.text).to.equal('share.send');
      const heard = await amira.say(words);

      expect(heard.text).to.not.match(/At the end I will ask/);
      expect(heard.text).to.match(/Dr Sam Patel/);
      expect(heard.text).to.match(/Nobody else sees your answers unless you choose to share them/);
      expect(heard.linkId).to.equal('share.send');
    });
  }

  it('is still told "At the end I will ask" when asked during her goals', async () => {
    const amira = await WebChatter.open(app.running);
    await amira.say(await invitationCode(app.running));
    await amira.sayAll(toShare.slice(0, 10));
    const heard = await amira.say('who will see my plan?');

    expect(heard.text).to.match(/At the end I will ask whether to send your plan to Dr Sam Patel/);
  });
});
