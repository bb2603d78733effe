/**
 * H491: Teams cards sent before their ids were kept (H361) cannot be reached to change. When the
 * plan, or a part of it, is taken back, nobody may be told that such a card was changed: not the
 * lead contact's note, not the person. The card sent before ids were kept is made here by removing
 * its row from `lead_cards`, as a database from before sqlite 23 / PostgreSQL 19 holds none. Real
 * app and queue, Teams connector on loopback; the person on Web Chat and SMS.
 */
import { expect } from 'chai';
import { allText, type ChatClient } from '../support/botClient';
import { onEachHeld, sharedAgain, sharedWithLead, type Opened } from '../support/heldDelivery';
import { invitingCoordinator } from '../support/invitations';
import { cardWords } from '../channels/teams/cardWords';

const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
const chat = invitingCoordinator.conversation;
const planWords = /Has often felt down|How I have been feeling|Walk to the park/;

/** Every card sent so far was sent before ids were kept: none can be reached. */
const idsNotKept = async (opened: Opened): Promise<void> =>
  void (await opened.running.app.db.write('DELETE FROM lead_cards'));

async function takenBack(opened: Opened, client: ChatClient): Promise<void> {
  await client.say('withdraw consent');
  await client.say('yes');
  await opened.running.app.deliveries.idle();
}

const noteOf = (opened: Opened): string => {
  const text = opened.connector.shown(chat).at(-1)?.text;
  return typeof text === 'string' ? text : '';
};

describe('Cards sent before their ids were kept, when the plan is taken back (H491)', function () {
  this.timeout(180_000);

  it('the old card alone: nothing is said to be changed, to the lead contact or the person', async () => {
    await onEachHeld(
      ['webchat', 'sms'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        await idsNotKept(opened);
        await takenBack(opened, client);
        expect(opened.connector.updated(chat), 'no card can be reached').to.deep.equal([]);
        expect(noteOf(opened)).to.match(/still shows their plan: I could not change it/);
        const asked = allText(await client.say('who can see my plan'));
        expect(asked, channelId).to.match(/still shows/);
        expect(asked, channelId).not.to.match(/no longer shows|changed the card/);
      },
      { env: staff },
    );
  });

  it('an old card beside a newer one that was changed: the old one is said to still show it', async () => {
    await onEachHeld(
      ['webchat', 'sms'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        await idsNotKept(opened);
        await sharedAgain(client);
        await opened.running.app.deliveries.idle();
        await takenBack(opened, client);
        expect(
          opened.connector.updated(chat).map((u) => u.activityId),
          'only the newer card',
        ).to.deep.equal(['sent-2']);
        expect(cardWords(opened.connector.shown(chat)[0]), 'the old card still shows it').to.match(planWords);
        expect(noteOf(opened)).to.match(/My earlier cards about Sam above still show their plan/);
        expect(noteOf(opened)).not.to.match(/I have changed/);
        const asked = allText(await client.say('who can see my plan'));
        expect(asked, channelId).to.match(/still show/);
        expect(asked, channelId).not.to.match(/no longer show/);
      },
      { env: staff },
    );
  });

  it('a part taken back with an old card beside a newer one: the new card says the earlier ones still show it', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        await idsNotKept(opened);
        await sharedAgain(client);
        await opened.running.app.deliveries.idle();
        await client.say('can you take my mood answers back please');
        await client.say('yes');
        await opened.running.app.deliveries.idle();
        const latest = cardWords(opened.connector.shown(chat).at(-1));
        expect(latest).to.match(/My earlier cards about Sam above still show what was taken back/);
        expect(latest).not.to.match(/I have changed my earlier/);
      },
      { env: staff },
    );
  });
});
