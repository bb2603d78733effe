/**
 * The lead contact's earlier card once a part is taken back (truth 29, item 1, H321): the card
 * Dr Sam Patel was sent first stayed in their Teams chat showing Sam's mood answers. Now it is
 * changed in place, as the Bot Connector does it (`updateActivity`: a PUT to the same conversation
 * and activity id), so it shows none of them and says a newer card replaces it; the new card says
 * so only once Teams took the change, and otherwise that the earlier card still shows what was
 * taken back and is not to be used. Against the connector's protocol on loopback, sqlite and PostgreSQL.
 */
import { expect } from 'chai';
import {
  everyRetryDue,
  onEachHeld,
  planQueued,
  sharedAgain,
  sharedWithLead,
  type Opened,
} from '../../support/heldDelivery';
import { invitingCoordinator } from '../../support/invitations';
import { requirePostgres, tempPostgres } from '../../support/tempPostgres';
import type { ChatClient } from '../../support/botClient';
import { cardWords as json } from './cardWords';

const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
const chat = invitingCoordinator.conversation;
/** What the shared plan says of Sam's mood answers. */
const moodWords = /Has often felt down|How I have been feeling/;
const changedWords = /I have changed my earlier card about Sam above so it no longer shows what was taken back/;
const unchangedWords =
  /My earlier card about Sam above still shows what was taken back: I could not change it\. Please do not use it/;

async function moodTakenBack(opened: Opened, client: ChatClient): Promise<void> {
  await client.say('can you take my mood answers back please');
  await client.say('yes');
  await opened.running.app.deliveries.idle();
}

describe('The earlier card, once a part is taken back', function () {
  this.timeout(180_000);

  for (const engine of ['sqlite', 'postgres'] as const) {
    it(`${engine}: is changed in place to show none of it, then the new card says so`, async function () {
      const env: Record<string, string> = { ...staff };
      if (engine === 'postgres') await requirePostgres(this);
      const database = engine === 'postgres' ? await tempPostgres({ migrated: true }) : undefined;
      if (database) env.CAREPREP_DATABASE_URL = database.url;
      try {
        await onEachHeld(
          ['webchat'],
          async (opened, channelId) => {
            const client = await sharedWithLead(opened, channelId, false);
            const [first] = opened.connector.seen(chat);
            expect(json(first.activity)).to.match(moodWords);
            await moodTakenBack(opened, client);

            const requests = opened.connector.seen(chat).map((s) => `${s.method} ${s.status}`);
            expect(requests, 'the earlier card changed first, then the new card').to.deep.equal([
              'POST 200',
              'PUT 200',
              'POST 200',
            ]);
            const update = opened.connector.seen(chat)[1];
            expect(update.path).to.equal(`/v3/conversations/${encodeURIComponent(chat)}/activities/sent-1`);
            expect(update.activity.id, 'the same activity').to.equal('sent-1');
            expect((update.activity.conversation as { id: string }).id).to.equal(chat);

            const [earlier, latest] = opened.connector.shown(chat);
            expect(json(earlier), 'the earlier card as it stands now').not.to.match(moodWords);
            expect(json(earlier)).to.match(/Plan from Sam: replaced/);
            expect(json(earlier)).to.match(/Sam has since taken back their mood answers/);
            expect(json(earlier)).to.match(/A newer card about Sam, sent after this one, replaces it/);
            expect(json(earlier)).not.to.include('Walk to the park');
            expect(json(latest)).to.match(/their mood answers are no longer shared with you/);
            expect(json(latest)).to.match(changedWords);
            expect(json(latest)).not.to.match(unchangedWords);
          },
          { env },
        );
      } finally {
        await database?.drop();
      }
    });
  }

  it('says the earlier card still shows it, not to use it, when Teams refuses the change', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        opened.connector.scriptUpdates([{ status: 403 }]);
        await moodTakenBack(opened, client);
        expect(await planQueued(opened.running), 'the new card went').to.equal(0);
        const [earlier, latest] = opened.connector.shown(chat);
        expect(json(earlier), 'unchanged: it still shows them').to.match(moodWords);
        expect(json(latest)).to.match(unchangedWords);
        expect(json(latest)).not.to.match(/I have changed|replaces it/);
      },
      { env: staff },
    );
  });

  it('changes every earlier card, and says they were changed', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        await sharedAgain(client);
        await opened.running.app.deliveries.idle();
        await moodTakenBack(opened, client);
        const updated = opened.connector.updated(chat).map((u) => u.activityId);
        expect(updated).to.deep.equal(['sent-1', 'sent-2']);
        const shown = opened.connector.shown(chat);
        expect(shown).to.have.length(3);
        for (const card of shown.slice(0, 2)) expect(json(card)).to.match(/Plan from Sam: replaced/);
        expect(json(shown[2])).to.match(
          /I have changed my earlier cards about Sam above so they no longer show what was taken back\. This card replaces them/,
        );
      },
      { env: staff },
    );
  });

  it('with Teams down, changes the earlier card once it is back, before the new card goes', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        opened.connector.script([{ status: 500 }]);
        opened.connector.scriptUpdates([{ status: 500 }]);
        await moodTakenBack(opened, client);
        expect(await planQueued(opened.running), 'the new version waits').to.equal(1);
        expect(opened.connector.delivered(chat)).to.have.length(1);

        await everyRetryDue(opened);
        const [earlier, latest] = opened.connector.shown(chat);
        expect(json(earlier)).not.to.match(moodWords);
        expect(json(latest)).to.match(changedWords);
      },
      { env: staff },
    );
  });

  it('leaves the earlier card as it is when nothing is taken back', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        await sharedAgain(client);
        await opened.running.app.deliveries.idle();
        expect(opened.connector.updated(chat)).to.deep.equal([]);
        expect(json(opened.connector.shown(chat)[1])).not.to.match(/earlier card/);
      },
      { env: staff },
    );
  });
});
