/**
 * A crisis told after the plan was shared: "Who has seen my plan?" said Dr Sam Patel would see "any
 * safety notes", while the copy they are sent was taken at consent and holds no note of it, and
 * nothing new is sent (explore 22b, finding 5). No change after sharing is sent without the person
 * sharing again (test/dialogs/changeAfterSharing.test.ts), so the words say what was sent, and that
 * the notes since were not (H129).
 */
import { expect } from 'chai';
import { sharedRecord } from '../../plan/consentScope';
import { allText } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { jeanToShare, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'msteams', 'sms']) {
  describe(`"Who has seen my plan?" after a crisis told since sharing, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    async function jeanShares(): Promise<void> {
      const code = await invitationCode(fresh.running);
      await walkTo((text) => fresh.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
      await fresh.client.say('yes');
      expect(sharedRecord(await onlyRecord(fresh.running)), 'shared').to.not.equal(undefined);
    }

    it('says the safety notes since were not sent, never that Dr Sam Patel sees them', async () => {
      await jeanShares();
      await fresh.client.say('thanks. I have decided I am going to end my life this weekend');
      await fresh.client.say("I'm safe");
      const whoSees = allText(await fresh.client.say('who has seen my plan?'));

      expect(whoSees).to.match(/not been sent/);
      expect(whoSees, 'the notes since are not claimed').to.not.match(/and any safety notes\./);
      const shared = sharedRecord(await onlyRecord(fresh.running));
      expect(shared?.flags.filter((flag) => flag.kind === 'crisis')).to.deep.equal([]);
    });

    it('still says any safety notes go with it when none were made since sharing', async () => {
      await jeanShares();
      const whoSees = allText(await fresh.client.say('who has seen my plan?'));

      expect(whoSees).to.match(/safety notes/);
      expect(whoSees).to.not.match(/not been sent/);
    });
  });
}
