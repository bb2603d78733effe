/**
 * Coming back, or asking "where was I?", once the preparation is finished: the recap says truly
 * where the plan stands with the lead contact (taken back and not shared, shared and with them,
 * or shared but not with them yet), never only "you have finished". Found playing people coming
 * back (branch `explore19`, test/explore/findings19.test.ts).
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { lead, onEachHeld, sharedWithLead } from '../support/heldDelivery';
import { invitationCode } from '../support/invitations';
import { jeanToConsent, walkTo } from '../support/scripts';
import { chatClient } from '../support/startApp';

/** Five days, in hours. */
const fiveDays = 5 * 24;

/** Any words saying the plan is with the lead contact. */
const withThem = /has reached|reached (them|Dr)|Dr Sam Patel has|they have it|they see/i;

describe('Coming back once the preparation is finished', () => {
  it('says the plan is not shared with the lead contact when someone comes back days after taking it back', () =>
    onEachHeld(
      ['webchat', 'sms'],
      async (opened, channelId) => {
        const client = chatClient(opened.running, { channelId });
        const code = await invitationCode(opened.running);
        await walkTo((text) => client.say(text), 'share.consent', jeanToConsent, code);
        await sayAll(client, ['yes', 'stop sharing my plan', 'yes']);
        opened.later(fiveDays);
        const result = await client.say('hi');

        // "You have finished getting ready" alone leaves a person who forgot thinking Dr Patel has it.
        expect(allText(result)).to.match(/took (it|your plan) back/i);
        expect(allText(result)).to.include(lead);
        expect(allText(result)).to.match(/not shared/i);
        expect(allText(result)).to.not.match(withThem);
      },
      { unreachable: true },
    ));

  it('says the plan was taken back when "where was I?" is asked after taking back one that reached them', () =>
    onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await sayAll(client, ['stop sharing my plan', 'yes']);
      const result = await client.say('where was I?');

      expect(allText(result)).to.match(/took (it|your plan) back/i);
      expect(allText(result)).to.match(/not shared/i);
      expect(allText(result)).to.match(/finished/);
    }));

  it('says the plan reached the lead contact when someone comes back days after it did', () =>
    onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      opened.later(fiveDays);
      const result = await client.say('hi');

      expect(allText(result)).to.match(/finished/);
      expect(allText(result)).to.match(new RegExp(`shared your plan with ${lead}.*reached them`, 'is'));
    }));

  it('says a plan shared but still waiting to go has not reached the lead contact, never that they have it', () =>
    onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      opened.later(fiveDays);
      const result = await client.say('hi');

      expect(allText(result)).to.match(new RegExp(`not reached ${lead} yet|not reached them yet`, 'i'));
      expect(allText(result)).to.not.match(/has reached|, and it reached|they see/i);
    }));
});
