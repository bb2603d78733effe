/**
 * Taking one part of a shared plan back (H321): "I'd rather Dr Sam Patel didn't see the mood bit"
 * is asked about first, and only a yes takes that part out of what the lead contact can see: the
 * consent no longer covers it, a new version without it goes to them through the plan delivery
 * queue (its card saying the part is no longer shared), and "Open full plan" shows it nowhere,
 * not even in the older version they hold while the new one waits. On sqlite and PostgreSQL.
 */
import { expect } from 'chai';
import { sharedRecord } from '../../../plan/consentScope';
import { allText } from '../../support/botClient';
import {
  everyRetryDue,
  invitationIdOnCard,
  onEachHeld,
  openFullPlan,
  planQueued,
  sharedWithLead,
} from '../../support/heldDelivery';
import { invitingCoordinator } from '../../support/invitations';
import { onlyRecord } from '../../support/onlyRecord';
import { requirePostgres, tempPostgres } from '../../support/tempPostgres';
import type { RunningApp } from '../../support/startApp';

const apiKey = 'part-taken-back-key';
const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad, CAREPREP_API_KEYS: apiKey };
/** What the shared plan says of Sam's mood answers (they shared a positive screen, wanting help). */
const moodWords = /Has often felt down|How I have been feeling/;
/** The mood answers and flag as the FHIR export carries them. */
const fhirMood = /mood\.|mood-screen-positive/;
const moodKeys = (answers: Record<string, unknown>): string[] =>
  Object.keys(answers).filter((k) => k.startsWith('mood.'));

/** The record's FHIR export, as a care system reads it through the plans API. */
async function fhirOf(running: RunningApp, id: string): Promise<string> {
  const res = await fetch(`${running.baseUrl}/api/plans/${id}/fhir`, {
    headers: { authorization: `Bearer ${apiKey}` },
  });
  expect(res.status).to.equal(200);
  return res.text();
}

describe('Taking one part of a shared plan back', function () {
  this.timeout(180_000);

  for (const engine of ['sqlite', 'postgres'] as const) {
    it(`${engine}: after a yes, sends a new version without the mood answers and shows them nowhere`, async function () {
      const env: Record<string, string> = { ...staff };
      if (engine === 'postgres') await requirePostgres(this);
      const database = engine === 'postgres' ? await tempPostgres({ migrated: true }) : undefined;
      if (database) env.CAREPREP_DATABASE_URL = database.url;
      try {
        await onEachHeld(
          ['webchat'],
          async (opened, channelId) => {
            const client = await sharedWithLead(opened, channelId, false);
            const invitationId = invitationIdOnCard(opened);
            expect(await openFullPlan(opened, invitationId)).to.match(moodWords);
            const id = (await onlyRecord(opened.running)).id;
            expect(await fhirOf(opened.running, id), 'shared, so exported').to.match(fhirMood);

            const asked = await client.say("actually I'd rather Dr Sam Patel didn't see the mood bit");
            expect(allText(asked)).to.match(/Take how you have been feeling out of what Dr Sam Patel can see\?/);
            expect(allText(asked)).not.to.match(/Done|cannot take back/);
            expect(moodKeys(sharedRecord(await onlyRecord(opened.running))!.answers), 'nothing yet').not.to.be.empty;

            const done = await client.say('yes');
            expect(allText(done)).to.match(/taken how you have been feeling out of what Dr Sam Patel can see/);
            expect(allText(done)).to.match(/I will send Dr Sam Patel a new version of your plan without it/);
            await opened.running.app.deliveries.idle();

            const record = await onlyRecord(opened.running);
            expect(record.status).to.equal('shared');
            expect(record.shared?.planVersion).to.equal(2);
            expect(record.shared?.consent.excludedSections).to.include('mood');
            expect(moodKeys(sharedRecord(record)!.answers)).to.deep.equal([]);
            expect(moodKeys(record.answers), 'still in their own copy').not.to.be.empty;

            const sent = opened.connector.delivered(invitingCoordinator.conversation);
            expect(sent, 'the first plan, then the new version').to.have.length(2);
            const card = JSON.stringify(sent[1].attachments ?? []);
            expect(card).to.match(/their mood answers are no longer shared with you/);
            expect(card).not.to.match(/their mood answers changed|Has often felt down/);
            const now = await openFullPlan(opened, invitationId);
            expect(now).not.to.match(moodWords);
            expect(now).to.include('Walk to the park');

            const bundle = await fhirOf(opened.running, record.id);
            expect(bundle, 'the export the care system reads').not.to.match(fhirMood);
            expect(bundle).to.include('Walk to the park');
          },
          { env },
        );
      } finally {
        await database?.drop();
      }
    });
  }

  it('while the new version waits, shows the version they hold without the part, labelled as replaced', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        const invitationId = invitationIdOnCard(opened);
        opened.connector.script([{ status: 500 }]);
        await client.say('can you take my mood answers back please');
        const done = await client.say('yes');
        expect(allText(done)).to.match(/I will send Dr Sam Patel a new version of your plan without it/);
        await opened.running.app.deliveries.idle();
        expect(await planQueued(opened.running), 'the new version waits to go').to.equal(1);

        const held = await openFullPlan(opened, invitationId);
        expect(held).to.match(/version of the plan for Sam that reached you \(version 1\)/);
        expect(held).to.match(/Sam has since taken back their mood answers/);
        expect(held).not.to.match(moodWords);

        await everyRetryDue(opened);
        const delivered = await openFullPlan(opened, invitationId);
        expect(delivered).not.to.match(/reached you|taken back/);
        expect(delivered).not.to.match(moodWords);
      },
      { env: staff },
    );
  });

  it('never sends the version still waiting with the part: the new one replaces it', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, true);
        opened.connector.script(Array.from({ length: 5 }, () => ({ status: 500 })));
        await client.say("I'd rather Dr Sam Patel didn't see the mood bit");
        const done = await client.say('yes');
        expect(allText(done)).to.match(/had not reached them yet, and I will send it to them without it/);
        await opened.running.app.deliveries.idle();
        expect(await planQueued(opened.running), 'only the version without it waits').to.equal(1);

        opened.connector.script([]);
        await everyRetryDue(opened);
        const sent = opened.connector.delivered(invitingCoordinator.conversation);
        expect(sent, 'one plan, the one without the mood answers').to.have.length(1);
        expect(JSON.stringify(sent[0].attachments ?? [])).not.to.match(moodWords);
        expect(JSON.stringify(sent[0].attachments ?? [])).to.include('Walk to the park');
      },
      { env: staff },
    );
  });

  for (const words of ['take the mood answers out of what the nurse has', 'please remove how I have been feeling']) {
    it(`takes nothing back on a no after "${words}"`, async () => {
      await onEachHeld(
        ['webchat'],
        async (opened, channelId) => {
          const client = await sharedWithLead(opened, channelId, false);
          const asked = await client.say(words);
          expect(allText(asked)).to.match(/out of what Dr Sam Patel can see\?/);
          const no = await client.say('no');
          expect(allText(no)).to.match(/not taken anything back/);
          await opened.running.app.deliveries.idle();
          const record = await onlyRecord(opened.running);
          expect(record.shared?.planVersion).to.equal(1);
          expect(moodKeys(sharedRecord(record)!.answers)).not.to.be.empty;
          expect(opened.connector.delivered(invitingCoordinator.conversation)).to.have.length(1);
        },
        { env: staff },
      );
    });
  }

  it('takes goals back on "can you remove my goals from what you sent", leaving the mood answers', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        const invitationId = invitationIdOnCard(opened);
        const asked = await client.say('can you remove my goals from what you sent');
        expect(allText(asked)).to.match(/Take goals out of what Dr Sam Patel can see\?/);
        await client.say('yes');
        await opened.running.app.deliveries.idle();
        const now = await openFullPlan(opened, invitationId);
        expect(now).not.to.include('Check my blood sugar every morning');
        expect(now, 'what matters is still shared').to.include('Walk to the park again');
        expect(now).to.match(moodWords);
        const card = JSON.stringify(opened.connector.delivered(invitingCoordinator.conversation)[1]?.attachments ?? []);
        expect(card).to.match(/their goals are no longer shared with you/);
        expect(card).not.to.match(/goal 1 taken out/);
      },
      { env: staff },
    );
  });
});
