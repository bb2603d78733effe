/**
 * Teams refusing every delivery to the lead contact for two days, far past the retries that once
 * ended in the queue dropping it, with the real delivery queue and a fake Teams connector: what the
 * person was told ("I will send your plan", "it is still waiting to go", "I will let them know")
 * stays true, as the plan, or the note that it was taken back, still goes once Teams is back.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { everyRetryDue, lead, onEachHeld, planQueued, sharedWithLead, yes, type Opened } from '../support/heldDelivery';
import { invitingCoordinator } from '../support/invitations';

/**
 * Teams answers every send with a 500 (not retried within the send) for `hours`, the queue running
 * every two hours: one attempt each time, so two days are 24 attempts, twice the old limit.
 */
async function teamsDownFor(opened: Opened, hours: number): Promise<void> {
  opened.connector.script(Array.from({ length: hours }, () => ({ status: 500 })));
  for (let i = 0; i < hours / 2; i++) {
    opened.later(2);
    opened.running.app.deliveries.deliverDue();
    await opened.running.app.deliveries.idle();
  }
  opened.connector.script([]);
}

describe('Teams refusing deliveries to the lead contact for two days', function () {
  // Two whole journeys and 24 queue runs each: past mocha's 20 s on a loaded machine.
  this.timeout(60_000);

  it(`keeps the shared plan waiting to go, says so, and sends it to ${lead} once Teams is back`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      await teamsDownFor(opened, 48);

      expect(await planQueued(opened.running), `${channelId}: still waiting to go`).to.equal(1);
      const plan = allText(await client.say('show my plan'));
      expect(plan, `${channelId}: own copy`)
        .to.include(`Shared with ${lead} on`)
        .and.include('It has not reached them yet.');
      const asked = allText(await client.say('start again'));
      expect(asked, channelId).to.include(`has not reached ${lead} yet`).and.include('still waiting to go');

      await everyRetryDue(opened);
      const cards = opened.connector.delivered(invitingCoordinator.conversation).filter((sent) => sent.attachments);
      expect(cards, `${channelId}: the plan reached ${lead} after all`).to.have.length(1);
      expect(await planQueued(opened.running), `${channelId}: nothing left to send`).to.equal(0);
    });
  });

  it(`sends ${lead} the note that the plan was taken back once Teams is back, as the person was told`, async () => {
    await onEachHeld(['webchat'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      opened.connector.script([{ status: 500 }]);
      await client.say('withdraw consent');
      const done = allText(await client.say(yes(channelId)));
      await opened.running.app.deliveries.idle();
      expect(done, channelId).to.include(`I will let ${lead} know not to use`);
      await teamsDownFor(opened, 48);

      await everyRetryDue(opened);
      const sent = opened.connector.delivered(invitingCoordinator.conversation);
      expect(sent.map((activity) => activity.text).at(-1), channelId).to.equal(
        'Sam has taken back their plan. Please do not use the copy you had. ' +
          'I have changed my earlier card about Sam above so it no longer shows their plan.',
      );
      expect(await planQueued(opened.running), `${channelId}: nothing left to send`).to.equal(0);
    });
  });
});
