/**
 * The lead contact's earlier cards once the whole plan is taken back (truth 30, H360 left open):
 * "withdraw consent" sent Dr Sam Patel a note not to use the copy they had, and left every card
 * showing Sam's plan above it. Now each is changed in place, as the Bot Connector does it (a PUT to
 * the same conversation and activity id), to one that shows none of the plan and says it was taken
 * back; the note says whether that happened. Sam is told at the yes only what will be done, and,
 * asked later, exactly what was: told and changed, told but a card left as it was, or not yet told.
 * Against the connector's protocol on loopback, sqlite and PostgreSQL.
 */
import { expect } from 'chai';
import { allText, type ChatClient } from '../../support/botClient';
import { everyRetryDue, lead, onEachHeld, sharedAgain, sharedWithLead, type Opened } from '../../support/heldDelivery';
import { invitingCoordinator } from '../../support/invitations';
import { requirePostgres, tempPostgres } from '../../support/tempPostgres';
import { cardWords } from './cardWords';

const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
const chat = invitingCoordinator.conversation;
/** What the shared plan says of Sam's answers. */
const planWords = /Has often felt down|How I have been feeling|Walk to the park/;
const noteChanged = /I have changed my earlier card about Sam above so it no longer shows their plan/;
const noteUnchanged =
  /My earlier card about Sam above still shows their plan: I could not change it\. Please do not use it/;

/** Sam takes the whole plan back: what they are told at the yes. */
async function takenBack(opened: Opened, client: ChatClient): Promise<string> {
  await client.say('withdraw consent');
  const atYes = allText(await client.say('yes'));
  await opened.running.app.deliveries.idle();
  return atYes;
}

/** The lead contact's note, as text. */
const noteOf = (opened: Opened): string => {
  const text = opened.connector.shown(chat).at(-1)?.text;
  return typeof text === 'string' ? text : '';
};

describe('The earlier cards, once the whole plan is taken back', function () {
  this.timeout(180_000);

  for (const engine of ['sqlite', 'postgres'] as const) {
    it(`${engine}: are changed in place to show none of it, then the note and Sam say so`, async function () {
      const env: Record<string, string> = { ...staff };
      if (engine === 'postgres') await requirePostgres(this);
      const database = engine === 'postgres' ? await tempPostgres({ migrated: true }) : undefined;
      if (database) env.CAREPREP_DATABASE_URL = database.url;
      try {
        await onEachHeld(
          ['webchat'],
          async (opened, channelId) => {
            const client = await sharedWithLead(opened, channelId, false);
            const atYes = await takenBack(opened, client);
            expect(atYes, 'only what will be done, at the yes').to.match(
              new RegExp(`I will let ${lead} know not to use the copy they have`),
            );
            expect(atYes).not.to.match(/I have (told|changed)/);

            const requests = opened.connector.seen(chat).map((s) => `${s.method} ${s.status}`);
            expect(requests, 'the card changed first, then the note').to.deep.equal([
              'POST 200',
              'PUT 200',
              'POST 200',
            ]);
            const update = opened.connector.seen(chat)[1];
            expect(update.path).to.equal(`/v3/conversations/${encodeURIComponent(chat)}/activities/sent-1`);
            expect(update.activity.id).to.equal('sent-1');

            const [earlier] = opened.connector.shown(chat);
            expect(cardWords(earlier), 'the card as it stands now').not.to.match(planWords);
            expect(cardWords(earlier)).to.match(/Plan from Sam: taken back/);
            expect(cardWords(earlier)).to.match(/Sam has taken back their plan\. Please do not use the copy you had/);
            expect(noteOf(opened)).to.match(/Sam has taken back their plan/);
            expect(noteOf(opened)).to.match(noteChanged);

            const asked = allText(await client.say('who can see my plan'));
            expect(asked, 'afterwards, what happened').to.match(
              new RegExp(`I have told ${lead} not to use it, and changed the card I sent them so it no longer shows`),
            );
          },
          { env },
        );
      } finally {
        await database?.drop();
      }
    });
  }

  it('changes every earlier card, and the note says they were changed', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        await sharedAgain(client);
        await opened.running.app.deliveries.idle();
        await takenBack(opened, client);
        expect(opened.connector.updated(chat).map((u) => u.activityId)).to.deep.equal(['sent-1', 'sent-2']);
        const shown = opened.connector.shown(chat);
        for (const card of shown.slice(0, 2)) expect(cardWords(card)).not.to.match(planWords);
        expect(noteOf(opened)).to.match(
          /I have changed my earlier cards about Sam above so they no longer show their plan/,
        );
        const asked = allText(await client.say('who can see my plan'));
        expect(asked).to.match(/changed the cards I sent them so they no longer show/);
      },
      { env: staff },
    );
  });

  it('says the earlier card still shows the plan when Teams refuses the change, to the lead and to Sam', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        opened.connector.scriptUpdates([{ status: 403 }]);
        await takenBack(opened, client);
        const [earlier] = opened.connector.shown(chat);
        expect(cardWords(earlier), 'unchanged: it still shows the plan').to.match(planWords);
        expect(noteOf(opened)).to.match(noteUnchanged);
        expect(noteOf(opened)).not.to.match(/I have changed/);
        const asked = allText(await client.say('who can see my plan'));
        expect(asked).to.match(
          new RegExp(`I have told ${lead} not to use it, but I could not change the card I sent them: it still shows`),
        );
        expect(asked).not.to.match(/no longer shows/);
      },
      { env: staff },
    );
  });

  it('with Teams down, tells Sam nothing is done yet, then changes the card and says so once it is back', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        opened.connector.script([{ status: 500 }]);
        opened.connector.scriptUpdates([{ status: 500 }]);
        await takenBack(opened, client);
        expect(opened.connector.delivered(chat), 'only the plan card went').to.have.length(1);
        const waiting = allText(await client.say('who can see my plan'));
        expect(waiting).to.match(new RegExp(`I have not been able to tell ${lead} yet`));
        expect(waiting).not.to.match(/I have told|no longer shows/);

        await everyRetryDue(opened);
        const [earlier] = opened.connector.shown(chat);
        expect(cardWords(earlier)).not.to.match(planWords);
        expect(noteOf(opened)).to.match(noteChanged);
        const asked = allText(await client.say('who can see my plan'));
        expect(asked).to.match(/changed the card I sent them so it no longer shows/);
      },
      { env: staff },
    );
  });

  it('changes nothing when the plan never reached the lead contact', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, true);
        opened.connector.script(Array.from({ length: 5 }, () => ({ status: 500 })));
        const atYes = await takenBack(opened, client);
        await everyRetryDue(opened);
        expect(atYes).to.match(/had not reached Dr Sam Patel yet/);
        expect(opened.connector.updated(chat)).to.deep.equal([]);
        expect(opened.connector.delivered(chat)).to.deep.equal([]);
        const asked = allText(await client.say('who can see my plan'));
        expect(asked).not.to.match(/I have told|I have not been able to tell|changed the card/);
      },
      { env: staff },
    );
  });
});
