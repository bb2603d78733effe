/**
 * The coordinator's "Done ... I have sent them a text" (truth 30, item 2): said only when Twilio took
 * the text (201). Twilio refusing it in a way it documents as before sending is "I could not send a
 * text"; a 5xx or a cut connection may have sent it, and was told "I could not send a text", which
 * may be untrue: now "I do not know whether the text reached them". Real app, Twilio on loopback.
 */
import { expect } from 'chai';
import { allText } from '../../support/botClient';
import { onEachHeld } from '../../support/heldDelivery';
import { invitingCoordinator, leadPressesInTeams } from '../../support/invitations';
import { startFakeTwilioApi, type FakeTwilioOutcome } from '../sms/fakeTwilioApi';

const invite = { careprep: 'teams.invite', name: 'Ron', mobile: '07700 900123', date: '2030-01-01', time: '' };

/** What the coordinator is told once the invitation is made, Twilio answering the text with `outcome`. */
async function madeWith(outcome: FakeTwilioOutcome | undefined): Promise<string> {
  const twilio = await startFakeTwilioApi();
  let made = '';
  try {
    if (outcome !== undefined) twilio.script([outcome, outcome, outcome]);
    const env = {
      CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad,
      TWILIO_ACCOUNT_SID: 'AC0123',
      TWILIO_AUTH_TOKEN: 'twilio-token',
      TWILIO_FROM: '+447700900000',
      TWILIO_API_URL: twilio.url,
    };
    await onEachHeld(
      ['webchat'],
      async (opened) => {
        made = allText(await leadPressesInTeams(opened.running, opened.connector.serviceUrl, invite));
      },
      { env },
    );
    expect(twilio.requests.length, 'a text was tried').to.be.at.least(1);
  } finally {
    await twilio.close();
  }
  return made;
}

describe('Telling the coordinator whether the invitation text went', function () {
  this.timeout(60_000);

  it('says it was sent only when Twilio took it', async () => {
    const made = await madeWith(undefined);
    expect(made).to.match(/Give Ron this code/);
    expect(made).to.include('I have sent them a text with the link too');
  });

  it('says no text was sent when Twilio refused it before sending', async () => {
    const made = await madeWith(400);
    expect(made).to.match(/I could not send a text, so please pass on the code yourself/);
    expect(made).not.to.include('I have sent them a text');
  });

  for (const outcome of [500, 'reset'] as const) {
    it(`says it does not know whether the text went when Twilio answers ${outcome}`, async () => {
      const made = await madeWith(outcome);
      expect(made).to.match(/I do not know whether the text reached Ron, so please pass on the code yourself/);
      expect(made).not.to.match(/I have sent them a text|I could not send a text/);
    });
  }
});
