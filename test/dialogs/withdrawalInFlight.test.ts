/**
 * Taking a plan back while it is being sent to the lead contact (Teams has the request in hand):
 * the person was told it "had not reached Dr Sam Patel yet, and now it will not be sent", and it
 * arrived. While a send is under way the person is told it may already have reached them, by name,
 * and the lead contact then gets the note that it was taken back.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { lead, onEachHeld, yes } from '../support/heldDelivery';
import { invitationCode, invitingCoordinator } from '../support/invitations';
import { personPersona, runPersona } from '../support/personas';
import { chatClient } from '../support/startApp';

describe('Taking a plan back while it is being sent to the lead contact', () => {
  it(`says it may already have reached ${lead}, never that it will not be sent, and tells them it is taken back`, async () => {
    await onEachHeld(['webchat', 'sms'], async ({ running, connector }, channelId) => {
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      connector.script([{ status: 200, before: () => held }]);
      const client = chatClient(running, { channelId });
      await runPersona(
        async (text) => (await client.say(text)).replies,
        personPersona,
        await invitationCode(running, lead),
      );
      for (let wait = 0; connector.seen(invitingCoordinator.conversation).length === 0 && wait < 200; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      expect(connector.seen(invitingCoordinator.conversation), 'the send is under way').to.have.length(1);

      const asked = allText(await client.say('withdraw consent'));
      const done = allText(await client.say(yes(channelId)));
      release();
      await running.app.deliveries.idle();

      expect(`${asked} ${done}`, channelId).to.not.match(/not reached|will not be sent/);
      expect(asked, channelId).to.include('may already have reached').and.not.include('the copy they have');
      expect(done, channelId).to.include(`may already have reached ${lead}`);
      const sent = connector.delivered(invitingCoordinator.conversation);
      expect(sent, channelId).to.have.length(2);
      expect(sent[1].text, channelId).to.match(/taken back their plan/);
    });
  });
});
