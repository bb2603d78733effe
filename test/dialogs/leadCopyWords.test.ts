/**
 * "Start again" and an update not sent, before and after the shared plan reached the lead contact,
 * with the real delivery queue sending to a fake Teams connector: the lead contact is said to have
 * the plan only once it was sent to them; before that, the person is told it has not reached them
 * yet and is still on its way.
 */
import { expect } from 'chai';
import { allText, type ChatClient } from '../support/botClient';
import { everyRetryDue, lead, onEachHeld, sharedWithLead, yes } from '../support/heldDelivery';
import { invitingCoordinator } from '../support/invitations';
import { walkTo } from '../support/scripts';

/** Looks the shared plan over again and, at "shall I send it?", says no: the words that follow. */
async function updateNotSent(client: ChatClient): Promise<string> {
  await walkTo(
    (text) => client.say(text),
    'share.consent',
    { 'review.change': 'It looks right', 'share.send': 'all' },
    'change',
  );
  return allText(await client.say('no'));
}

/** Looks the shared plan over again and ticks no part to send: the words that follow. */
async function nothingTicked(client: ChatClient): Promise<string> {
  await walkTo((text) => client.say(text), 'share.send', { 'review.change': 'It looks right' }, 'change');
  return allText(await client.say('send nothing'));
}

describe('Starting again before the plan reached the lead contact', () => {
  it(`says the plan has not reached ${lead} yet and will still go, not that they have it, and sends it`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      const asked = allText(await client.say('start again'));
      await client.say(yes(channelId));
      const plan = allText(await client.say('show my plan'));

      expect(asked, channelId).to.include(`has not reached ${lead} yet`).and.include('still waiting to go');
      expect(asked, channelId).to.not.match(/will still have|still has/);
      expect(plan, `${channelId}: own copy`)
        .to.include(`The version shared on`)
        .and.include(`has not reached ${lead} yet`);
      expect(plan, `${channelId}: own copy`).to.not.include(`${lead} has the version`);
      await everyRetryDue(opened);
      expect(
        opened.connector.delivered(invitingCoordinator.conversation),
        `${channelId}: sent after all`,
      ).to.have.length(1);
    });
  });

  it(`says ${lead} will still have the plan once it reached them`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      const asked = allText(await client.say('start again'));

      expect(asked, channelId).to.include(`${lead} will still have the plan you shared`);
      expect(asked, channelId).to.not.match(/not reached/);
    });
  });
});

describe('An update not sent, before and after the plan reached the lead contact', () => {
  it(`shows the plan to look over again as not yet with ${lead}`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      const again = allText(await client.say('change'));

      expect(again, channelId).to.include(`Shared with ${lead} on`).and.include('It has not reached them yet.');
    });
  });

  it(`says the plan sent before has not reached ${lead} yet, when they say no to the update`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      const no = await updateNotSent(client);

      expect(no, channelId)
        .to.match(/this version/i)
        .and.include(`has not reached ${lead} yet`);
      expect(no, channelId).to.not.match(/still has|still have/);
    });
  });

  it(`says the plan sent before has not reached ${lead} yet, when they tick no part to send`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      const none = await nothingTicked(client);

      expect(none, channelId).to.match(new RegExp(`this version (has not been sent )?to ${lead}`));
      expect(none, channelId).to.include('The plan you shared before has not reached them yet');
      expect(none, channelId).to.not.match(/still has|still have/);
    });
  });

  it(`says ${lead} still has the plan sent before, once it reached them`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      const no = await updateNotSent(client);

      expect(no, channelId).to.include(`${lead} still has the plan you sent before`);
      expect(no, channelId).to.not.match(/not reached/);
    });
  });
});
