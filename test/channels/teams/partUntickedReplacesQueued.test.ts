/**
 * A re-share that unticks a part (truth 29, item 3, under H321): while Teams refused the version
 * still holding the mood answers, Sam shared again without them, and the older version, first in
 * the queue, reached Dr Sam Patel with the mood answers after all. Now a version queued without a
 * part drops, in the same write, every older version still waiting that holds it (sqlite and
 * PostgreSQL), and its card tells what changed against the version the lead contact really holds.
 */
import { expect } from 'chai';
import { allText, type ChatClient } from '../../support/botClient';
import { everyRetryDue, lead, onEachHeld, planQueued, sharedAgain, sharedWithLead } from '../../support/heldDelivery';
import { invitingCoordinator } from '../../support/invitations';
import { onlyRecord } from '../../support/onlyRecord';
import { requirePostgres, tempPostgres } from '../../support/tempPostgres';

/** What the shared plan says of Sam's mood answers. */
const moodWords = /Has often felt down|How I have been feeling/;
const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };

/** Sam shares the plan again as it is, unticking how they have been feeling: what the yes is answered. */
async function sharedWithoutMood(client: ChatClient): Promise<string> {
  const answers: Record<string, string> = {
    'review.change': 'It looks right',
    'share.send': 'what matters, goals and things to talk about',
    'share.consent': 'yes',
  };
  let result = await client.say('change');
  let said = '';
  for (let turn = 0; turn < 10; turn++) {
    const linkId = result.questions.at(-1)?.linkId;
    if (!linkId) break;
    result = await client.say(answers[linkId] ?? 'keep');
    said = allText(result);
  }
  return said;
}

const cards = (sent: Record<string, unknown>[]): string[] =>
  sent.filter((activity) => activity.attachments).map((activity) => JSON.stringify(activity.attachments));

describe('A re-share that unticks a part, with an older version still queued', function () {
  this.timeout(180_000);

  for (const engine of ['sqlite', 'postgres'] as const) {
    it(`${engine}: never sends the older version holding the part, only the one without it`, async function () {
      const env: Record<string, string> = { ...staff };
      if (engine === 'postgres') await requirePostgres(this);
      const database = engine === 'postgres' ? await tempPostgres({ migrated: true }) : undefined;
      if (database) env.CAREPREP_DATABASE_URL = database.url;
      try {
        await onEachHeld(
          ['webchat'],
          async (opened, channelId) => {
            const client = await sharedWithLead(opened, channelId, true);
            expect(await planQueued(opened.running), 'the plan with the mood answers waits').to.equal(1);
            opened.connector.script(Array.from({ length: 5 }, () => ({ status: 500 })));
            const atYes = await sharedWithoutMood(client);
            expect(atYes).to.match(new RegExp(`will send your plan to ${lead}`));
            await opened.running.app.deliveries.idle();
            expect(await planQueued(opened.running), 'only the version without it waits').to.equal(1);
            expect((await onlyRecord(opened.running)).shared?.consent.excludedSections).to.include('mood');

            opened.connector.script([]);
            await everyRetryDue(opened);
            const sent = cards(opened.connector.delivered(invitingCoordinator.conversation));
            expect(sent, 'one plan, the one without the mood answers').to.have.length(1);
            expect(sent[0]).not.to.match(moodWords);
            expect(sent[0]).to.include('Walk to the park');
          },
          { env },
        );
      } finally {
        await database?.drop();
      }
    });
  }

  it('tells the lead contact what changed against the version they hold, the part first', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        // Version 2, with the mood answers and new topics, is refused and waits.
        opened.connector.script(Array.from({ length: 5 }, () => ({ status: 500 })));
        await sharedAgain(client);
        await opened.running.app.deliveries.idle();
        expect(await planQueued(opened.running)).to.equal(1);
        // A later turn (seconds, before any retry is due): each consent is told apart by when it was given.
        opened.later(0.001);
        await sharedWithoutMood(client);
        await opened.running.app.deliveries.idle();
        expect(await planQueued(opened.running), 'version 2 with the mood answers dropped').to.equal(1);

        opened.connector.script([]);
        await everyRetryDue(opened);
        const sent = cards(opened.connector.delivered(invitingCoordinator.conversation));
        expect(sent, 'the first plan, then only the version without the mood answers').to.have.length(2);
        expect(sent[1]).to.match(/their mood answers are no longer shared with you/);
        expect(sent[1], 'the topics changed since the version they hold').to.match(/topic/i);
        expect(sent[1]).not.to.match(moodWords);
      },
      { env: staff },
    );
  });

  it('leaves an older version queued when the new one keeps back nothing more', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        opened.connector.script(Array.from({ length: 5 }, () => ({ status: 500 })));
        await sharedAgain(client);
        await opened.running.app.deliveries.idle();
        await sharedAgain(client, '1, 2 and 8');
        await opened.running.app.deliveries.idle();
        expect(await planQueued(opened.running), 'both versions wait, as before').to.equal(2);
      },
      { env: staff },
    );
  });
});
