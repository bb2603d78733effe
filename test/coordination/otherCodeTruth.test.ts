/**
 * H525: a person who shared with Dr Sam Patel, then typed a code from Nurse Lee, was told the plan
 * "is shared with Dr Sam Patel, and it stays with them" while Teams was down and nothing had reached
 * Dr Sam Patel. Now they are told only what is so: they chose to share it with Dr Sam Patel, that
 * has not changed, and nothing went to Nurse Lee; never that Dr Sam Patel has it or keeps it.
 * Real app, queue and Teams on loopback (Teams refusing), Web Chat and SMS.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { onEachHeld, sharedWithLead } from '../support/heldDelivery';
import { invitationCode } from '../support/invitations';

describe('A second code typed while the plan waits to reach the lead contact (H525)', function () {
  this.timeout(120_000);

  it('says only that they chose to share it, never that the lead contact has it', () =>
    onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      const text = allText(await client.say(await invitationCode(opened.running, 'Nurse Lee')));
      expect(text, channelId).to.match(/That code is from Nurse Lee/);
      expect(text, channelId).not.to.match(/stays with them|has (your|the) plan|is with Dr Sam Patel/);
      expect(text, channelId).to.match(/chose to share/);
      expect(text, channelId).to.match(/Nothing has gone to Nurse Lee/);
    }));
});
