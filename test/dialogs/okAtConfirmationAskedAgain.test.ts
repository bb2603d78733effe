/**
 * An "ok" at "Do you want to take your plan back?" with words neither agreeing nor asking the
 * opposite (H237): nothing is done and the question is asked again, so the next answer still counts.
 */
import { expect } from 'chai';
import { sharedRecord } from '../../plan/consentScope';
import { allText, lastQuestion } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { jeanToShare, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms']) {
  describe(`An unclear "ok ..." at the take-back question, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    it('keeps the plan shared, asks again, and takes it back at the yes that follows', async () => {
      const code = await invitationCode(app.running);
      await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
      await app.client.say(channelId === 'sms' ? 'YES' : 'yes');
      await app.client.say("actually no, don't share it");

      const unclear = await app.client.say('ok what happens then');
      expect(lastQuestion(unclear), allText(unclear)).to.equal('control.withdraw');
      expect(allText(unclear)).to.not.match(/I have not taken anything back/);
      expect(sharedRecord(await onlyRecord(app.running))).to.not.equal(undefined);

      const reply = await app.client.say('yes');
      expect(sharedRecord(await onlyRecord(app.running)), allText(reply)).to.equal(undefined);
    });
  });
}
