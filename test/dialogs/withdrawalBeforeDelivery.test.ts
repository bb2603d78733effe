/**
 * Taking a shared plan back, or deleting it, before and after it reached the lead contact, with the
 * real delivery queue sending to a fake Teams connector: the person is told the lead contact has a
 * copy only when it was sent to them, and a plan still waiting to go is never sent once taken back.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { everyRetryDue, lead, onEachHeld, planQueued, sharedWithLead, yes } from '../support/heldDelivery';
import { invitingCoordinator } from '../support/invitations';

describe('Taking a plan back before it reached the lead contact', () => {
  it(`says the plan has not reached ${lead} and will not be sent, when asking and when done, and never sends it`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      const asked = allText(await client.say('withdraw consent'));
      const done = allText(await client.say(yes(channelId)));

      expect(asked, `${channelId}: asking`).to.include(lead).and.include('has not reached them yet');
      expect(asked, `${channelId}: asking`)
        .to.include('will not be sent')
        .and.not.match(/copy they have|not to use/);
      expect(done, `${channelId}: done`).to.include(`had not reached ${lead} yet`).and.include('will not be sent');
      expect(done, `${channelId}: done`).to.not.match(/copy they have|not to use|I will let/);
      await everyRetryDue(opened);
      expect(opened.connector.delivered(invitingCoordinator.conversation), channelId).to.deep.equal([]);
      expect(await planQueued(opened.running), `${channelId}: nothing left to send`).to.equal(0);
    });
  });

  it(`says, when deleting, that the plan has not reached ${lead} and will not be sent, and never sends it`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      const asked = allText(await client.say('delete my data'));
      const done = allText(await client.say(yes(channelId)));

      expect(asked, `${channelId}: asking`).to.include(`has not reached ${lead}`).and.include('will not be sent');
      expect(asked, `${channelId}: asking`).to.not.include('I will let');
      expect(done, `${channelId}: done`).to.include(`had not reached ${lead} yet`).and.include('will not be sent');
      expect(done, `${channelId}: done`).to.not.include('I will let');
      await everyRetryDue(opened);
      expect(opened.connector.delivered(invitingCoordinator.conversation), channelId).to.deep.equal([]);
      expect(await planQueued(opened.running), `${channelId}: nothing left to send`).to.equal(0);
    });
  });
});

describe('Taking a plan back after it reached the lead contact', () => {
  it(`says ${lead} will be told not to use the copy they have, and tells them`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      const asked = allText(await client.say('withdraw consent'));
      const done = allText(await client.say(yes(channelId)));
      await opened.running.app.deliveries.idle();

      expect(asked, `${channelId}: asking`).to.match(/I will let them know not to use/);
      expect(done, `${channelId}: done`).to.include(`I will let ${lead} know not to use`);
      expect(`${asked} ${done}`, channelId).to.not.match(/not reached|will not be sent/);
      const sent = opened.connector.delivered(invitingCoordinator.conversation);
      expect(sent, channelId).to.have.length(2);
      expect(sent[1].text, channelId).to.equal(
        'Sam has taken back their plan. Please do not use the copy you had. ' +
          'I have changed my earlier card about Sam above so it no longer shows their plan.',
      );
    });
  });

  it(`says, when deleting, that ${lead} will be told the plan is taken back`, async () => {
    await onEachHeld(['webchat'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      const asked = allText(await client.say('delete my data'));
      const done = allText(await client.say(yes(channelId)));

      expect(asked, `${channelId}: asking`).to.include(`I will let ${lead} know`);
      expect(done, `${channelId}: done`).to.include(`I will let ${lead} know that your plan is taken back`);
      expect(`${asked} ${done}`, channelId).to.not.match(/not reached|will not be sent/);
    });
  });
});
