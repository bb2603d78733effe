/**
 * H492 (truth 31, item 5): asked to share again a part still in what was shared, the person was told
 * "Dr Sam Patel can already see goals" whether or not any version had reached Dr Sam Patel (Teams
 * down, or the lead contact not reachable yet). Now they are told they can see it only once the
 * version shared reached them; before, that it has not reached them yet. And a part shared again
 * is put back in what is shared, not "in what Dr Sam Patel can see", as it is only queued.
 * Real app and queue, Teams on loopback, Web Chat and SMS.
 */
import { expect } from 'chai';
import { allText, type ChatClient } from '../support/botClient';
import { everyRetryDue, lead, onEachHeld, sharedWithLead } from '../support/heldDelivery';
import { invitingCoordinator } from '../support/invitations';

const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };

/** The mood part taken back: what Sam says of their goals, still shared, afterwards. */
async function goalsAsked(client: ChatClient): Promise<string> {
  await client.say('can you take my mood answers back please');
  await client.say('yes');
  return allText(await client.say(`share my goals with ${lead} again`));
}

describe('A part still shared, asked to be shared again (H492)', function () {
  this.timeout(180_000);

  it('is not said to be seen while no version has reached the lead contact', async () => {
    await onEachHeld(
      ['webchat', 'sms'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, true);
        opened.connector.script(Array.from({ length: 5 }, () => ({ status: 500 })));
        const said = await goalsAsked(client);
        expect(said, channelId).not.to.match(/can already see|can see/);
        expect(said, channelId).to.match(/has not reached them yet/);
      },
      { env: staff },
    );
  });

  it('is said to be seen once the version shared has reached them', async () => {
    await onEachHeld(
      ['webchat', 'sms'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        await client.say('can you take my mood answers back please');
        await client.say('yes');
        await everyRetryDue(opened);
        await client.say('hello');
        const said = allText(await client.say(`share my goals with ${lead} again`));
        expect(said, channelId).to.match(new RegExp(`${lead} can already see goals`));
      },
      { env: staff },
    );
  });
});
