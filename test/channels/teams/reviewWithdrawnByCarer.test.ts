/**
 * "Mark as reviewed" on a card whose plan was taken back says who took it back: a carer (Ann,
 * answering for the person) is named as their carer, as the update card and the note do (H202),
 * never as if the person had done it; a plan erased since, whose record is gone, is said to be
 * taken back without saying by whom.
 */
import { expect } from 'chai';
import { allText } from '../../support/botClient';
import { invitationIdOnCard, onEachHeld, type Opened } from '../../support/heldDelivery';
import { invitationCode, invitingCoordinator, leadPressesInTeams, leadReachableAt } from '../../support/invitations';
import { carerPersona, personPersona, runPersona, type Persona } from '../../support/personas';
import { chatClient } from '../../support/startApp';

/** `persona` shares the plan with the lead contact, then says `takeBack` and yes: what "Mark as reviewed" says then. */
async function reviewedAfter(opened: Opened, persona: Persona, takeBack: string): Promise<string> {
  await leadReachableAt(opened.running, opened.connector.serviceUrl);
  const client = chatClient(opened.running, { channelId: 'webchat' });
  await runPersona(async (text) => (await client.say(text)).replies, persona, await invitationCode(opened.running));
  await opened.running.app.deliveries.idle();
  const invitationId = invitationIdOnCard(opened);
  await client.say(takeBack);
  await client.say('yes');
  await opened.running.app.deliveries.idle();
  const value = { careprep: 'teams.reviewed', invitationId, planVersion: 1 };
  return allText(await leadPressesInTeams(opened.running, opened.connector.serviceUrl, value));
}

const asStaff = { env: { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad } };

describe('Teams: "Mark as reviewed" on a plan taken back', function () {
  this.timeout(60_000);

  it('says the carer took it back, by name, when a carer did', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened) => {
        const said = await reviewedAfter(opened, carerPersona, 'withdraw consent');
        expect(said).to.include("Sam's plan was taken back by their carer Ann").and.include('nothing is marked');
        expect(said).not.to.include('Sam has taken back');
      },
      asStaff,
    );
  });

  it('says the person took it back when they did', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened) => {
        const said = await reviewedAfter(opened, personPersona, 'withdraw consent');
        expect(said).to.include('Sam has taken back their plan').and.not.include('carer');
      },
      asStaff,
    );
  });

  it('says by nobody in particular when the record was erased, as a carer may have erased it', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened) => {
        const said = await reviewedAfter(opened, carerPersona, 'delete my data');
        expect(said).to.include("Sam's plan has been taken back").and.include('nothing is marked');
        expect(said).not.to.include('Sam has taken back');
      },
      asStaff,
    );
  });
});
