/**
 * Review 25 (explorer25, H237): an "ok" that opens other words now agrees only when those words are
 * a yes. "ok take it back" at "Do you want to take your plan back?" and "ok do it" were yes before
 * the change and must stay so: the plan is taken back as asked.
 */
import { expect } from 'chai';
import { sharedRecord } from '../../plan/consentScope';
import { allText, lastQuestion } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { jeanToShare, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms']) {
  describe(`Review 25: "ok ..." at the take-back question, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of ['ok take it back', 'ok do it', 'ok go for it', 'ok please do']) {
      it(`takes the plan back at "${said}"`, async () => {
        const code = await invitationCode(app.running);
        await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
        await app.client.say(channelId === 'sms' ? 'YES' : 'yes');
        const asked = await app.client.say("actually no, don't share it");
        expect(lastQuestion(asked), allText(asked)).to.equal('control.withdraw');

        const reply = await app.client.say(said);

        expect(sharedRecord(await onlyRecord(app.running)), allText(reply)).to.equal(undefined);
      });
    }
  });
}
