/**
 * Taking a plan back while it is being sent to the lead contact (Teams has the request in hand):
 * the person was told it "had not reached Dr Sam Patel yet, and now it will not be sent", and it
 * arrived. While a send is under way the person is told it may already have reached them, by name,
 * and the lead contact then gets the note that it was taken back.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import type { ChatClient } from '../support/botClient';
import { lead, onEachHeld, yes, type HeldChannel, type Opened } from '../support/heldDelivery';
import { invitationCode, invitingCoordinator } from '../support/invitations';
import { personPersona, runPersona } from '../support/personas';
import { chatClient } from '../support/startApp';

/** Shares the plan with the lead contact on `channelId`, and resolves once Teams holds its send; `release` lets it answer. */
async function sendHeld(
  { running, connector }: Opened,
  channelId: HeldChannel,
): Promise<{ client: ChatClient; release: () => void }> {
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
  return { client, release };
}

describe('Taking a plan back while it is being sent to the lead contact', () => {
  it(`says it may already have reached ${lead}, never that it will not be sent, and tells them it is taken back`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const { client, release } = await sendHeld(opened, channelId);
      const asked = allText(await client.say('withdraw consent'));
      const done = allText(await client.say(yes(channelId)));
      release();
      await opened.running.app.deliveries.idle();

      expect(`${asked} ${done}`, channelId).to.not.match(/not reached|will not be sent/);
      expect(asked, channelId).to.include('may already have reached').and.not.include('the copy they have');
      expect(done, channelId).to.include(`may already have reached ${lead}`);
      const sent = opened.connector.delivered(invitingCoordinator.conversation);
      expect(sent, channelId).to.have.length(2);
      expect(sent[1].text, channelId).to.match(/taken back their plan/);
    });
  });

  it(`says, after a no to taking it back, that it is still on its way to ${lead}, not that they have it`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const { client, release } = await sendHeld(opened, channelId);
      await client.say('withdraw consent');
      const kept = allText(await client.say(channelId === 'sms' ? '2' : 'no'));
      release();
      await opened.running.app.deliveries.idle();

      expect(kept, channelId).to.include(`still on its way to ${lead}`).and.not.include('still has');
    });
  });

  it(`says, when deleting, that it may already have reached ${lead}, never that it will not be sent`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const { client, release } = await sendHeld(opened, channelId);
      const asked = allText(await client.say('delete my data'));
      const done = allText(await client.say(yes(channelId)));
      release();
      await opened.running.app.deliveries.idle();

      expect(`${asked} ${done}`, channelId).to.not.match(/not reached|will not be sent/);
      expect(asked, channelId).to.include(`may already have reached ${lead}`);
      expect(done, channelId).to.include(`may already have reached ${lead}`);
    });
  });

  it(`says, asked who can see it, that it is on its way and may already have reached ${lead}, not that they see it`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const { client, release } = await sendHeld(opened, channelId);
      const told = allText(await client.say('who can see this?'));
      release();
      await opened.running.app.deliveries.idle();

      expect(told, channelId).to.include(`may already have reached ${lead}`);
      expect(told, channelId).to.not.match(/so they see|not reached/);
    });
  });
});
