/**
 * A plan shared, taken back, then shared again unchanged (H284). The take-back ended the lead
 * contact's copy: they were told not to use it. The plan shared again is a new delivery, so until
 * its card has reached them the person is never told it has, or that they see it, and "Open full
 * plan" in Teams shows nothing of it; once it has, both say so and it can be opened.
 */
import { expect } from 'chai';
import { allText, type ChatClient } from '../support/botClient';
import {
  everyRetryDue,
  invitationIdOnCard,
  lead,
  onEachHeld,
  planQueued,
  sharedWithLead,
  yes,
  type HeldChannel,
  type Opened,
} from '../support/heldDelivery';
import { invitingCoordinator, leadPressesInTeams } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';

/** A line of the plan Sam shared (their first goal's step). */
const inThePlan = 'Walk to the end of the road';

/** Sam takes the plan back, and the note telling Dr Sam Patel reaches them. */
async function takenBack(opened: Opened, client: ChatClient, channelId: HeldChannel): Promise<void> {
  await client.say('withdraw consent');
  await client.say(yes(channelId));
  await opened.running.app.deliveries.idle();
  const sent = opened.connector.delivered(invitingCoordinator.conversation);
  expect(JSON.stringify(sent.at(-1)), `${channelId}: the note reached ${lead}`).to.match(/taken back/);
}

/** Sam shares the same plan again, as the reply to the take-back says: what they are told at the yes. */
async function sharedAgainUnchanged(client: ChatClient, channelId: HeldChannel): Promise<string> {
  const answers: Record<string, string> = {
    'review.change': 'It looks right',
    'share.send': 'Send it all',
    'share.consent': 'yes',
  };
  let result = await client.say(channelId === 'sms' ? 'CHANGE' : 'change');
  for (let turn = 0; turn < 10; turn++) {
    const linkId = result.questions.at(-1)?.linkId;
    if (!linkId) break;
    result = await client.say(answers[linkId] ?? 'keep');
  }
  return allText(result);
}

/** What Dr Sam Patel is shown on pressing "Open full plan" on their card. */
async function openFullPlan(opened: Opened, invitationId: string): Promise<string> {
  const value = { careprep: 'teams.fullPlan', invitationId };
  return allText(await leadPressesInTeams(opened.running, opened.connector.serviceUrl, value));
}

const teamsStaff = { env: { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad } };

describe('A plan shared again, unchanged, after it was taken back', function () {
  this.timeout(60_000);

  it(`is never said to be with ${lead} until it has reached them again, and then is`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await takenBack(opened, client, channelId);
      // Teams refuses the plan shared again: it waits in the queue.
      opened.connector.script([{ status: 500 }]);
      const atYes = await sharedAgainUnchanged(client, channelId);
      await opened.running.app.deliveries.idle();

      expect((await onlyRecord(opened.running)).status, channelId).to.equal('shared');
      expect(atYes, `${channelId}: said as queued, to whom`).to.match(new RegExp(`will send your plan to ${lead}`));
      expect(await planQueued(opened.running), `${channelId}: waiting to go`).to.equal(1);

      const where = allText(await client.say('where am I'));
      expect(where, channelId).not.to.match(/has reached them/);
      expect(where, channelId).to.match(/not reached them yet/);
      const who = allText(await client.say('who can see my plan'));
      expect(who, channelId).not.to.match(/so they see/);
      expect(who, channelId).to.match(/not reached them yet/);
      const plan = allText(await client.say('show my plan'));
      expect(plan, channelId).to.match(new RegExp(`Shared with ${lead} on .*It has not reached them yet`));

      await everyRetryDue(opened);
      const sent = opened.connector.delivered(invitingCoordinator.conversation);
      expect(sent, `${channelId}: plan, note, and the plan again`).to.have.length(3);
      expect(JSON.stringify(sent[2].attachments ?? []), `${channelId}: the whole plan again`).to.include(inThePlan);
      expect(allText(await client.say('where am I')), channelId).to.match(/has reached them/);
      expect(allText(await client.say('who can see my plan')), channelId).not.to.match(/not reached them yet/);
    });
  });

  it(`tells ${lead} it was taken back before sending it again, when the note had to wait`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      // Teams refuses the note: it waits in the queue, and the plan is shared again behind it.
      opened.connector.script([{ status: 500 }]);
      await client.say('withdraw consent');
      await client.say(yes(channelId));
      await opened.running.app.deliveries.idle();
      await sharedAgainUnchanged(client, channelId);
      await opened.running.app.deliveries.idle();

      const where = allText(await client.say('where am I'));
      expect(where, channelId).not.to.match(/has reached them/);
      await everyRetryDue(opened);
      const sent = opened.connector.delivered(invitingCoordinator.conversation);
      const order = sent.map((activity) => (activity.attachments ? 'plan' : String(activity.text)));
      expect(order, `${channelId}: the note first, then the plan again`).to.have.length(3);
      expect(order[1], channelId).to.match(/taken back/);
      expect(order[2], channelId).to.equal('plan');
      expect(allText(await client.say('where am I')), channelId).to.match(/has reached them/);
    });
  });

  it(`says, taken back again before it reached ${lead}, that it will not be sent, and sends them nothing more`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await takenBack(opened, client, channelId);
      opened.connector.script([{ status: 500 }]);
      await sharedAgainUnchanged(client, channelId);
      await opened.running.app.deliveries.idle();

      await client.say('withdraw consent');
      const done = allText(await client.say(yes(channelId)));
      await everyRetryDue(opened);

      expect(done, channelId).to.match(/not reached Dr Sam Patel yet,? and (now it )?will not be sent/);
      expect(done, channelId).not.to.match(/copy they have|know not to use/);
      expect(opened.connector.delivered(invitingCoordinator.conversation), `${channelId}: nothing more`).to.have.length(
        2,
      );
    });
  });

  it('shows Dr Sam Patel nothing of it in Teams until it reached them again, then the plan', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        const invitationId = invitationIdOnCard(opened);
        await takenBack(opened, client, channelId);
        expect(await openFullPlan(opened, invitationId)).not.to.include(inThePlan);

        opened.connector.script([{ status: 500 }]);
        await sharedAgainUnchanged(client, channelId);
        await opened.running.app.deliveries.idle();
        const waiting = await openFullPlan(opened, invitationId);
        expect(waiting, 'nothing of the plan not yet delivered').not.to.include(inThePlan);
        expect(waiting).to.match(/plan for Sam is on its way to you/);
        // "Mark as reviewed" on the card of the version taken back: nothing of theirs to mark, said truly.
        const value = { careprep: 'teams.reviewed', invitationId, planVersion: 1 };
        const marked = allText(await leadPressesInTeams(opened.running, opened.connector.serviceUrl, value));
        expect(marked).not.to.match(/not sent you that version/);
        expect(marked).to.match(/nothing is marked/);
        const row = await opened.running.app.db.get('SELECT reviewed_version FROM invitations WHERE id = ?', [
          invitationId,
        ]);
        expect(row?.reviewed_version, 'nothing marked').to.equal(null);

        await everyRetryDue(opened);
        const delivered = await openFullPlan(opened, invitationId);
        expect(delivered, 'openable once it reached them again').to.include(inThePlan);
        expect(delivered).not.to.match(/on its way|reached you/);
      },
      teamsStaff,
    );
  });
});
