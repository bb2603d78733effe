/**
 * Explorer 28b: what Dr Sam Patel, the lead contact in Teams, is shown when Ann (Jean's daughter)
 * shares Jean's plan from an invitation Dr Sam Patel made for "Sam", and when Ann later deletes it.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { invitationCode, invitingCoordinator, leadPressesInTeams, leadSaysInTeams } from '../support/invitations';
import { carerPersona, runPersona, type Persona } from '../support/personas';
import { chatClient } from '../support/startApp';
import { onEachHeld, type Opened } from '../support/heldDelivery';

const staff = { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad };
/** Every text run a delivered activity carries, in order. */
const texts = (sent: unknown): string => (JSON.stringify(sent).match(/"text":"[^"]*"/g) ?? []).join(' | ');

async function carerShares(opened: Opened, persona: Persona = carerPersona) {
  const client = chatClient(opened.running, { channelId: 'webchat' });
  await runPersona(async (t) => (await client.say(t)).replies, persona, await invitationCode(opened.running));
  await opened.running.app.deliveries.idle();
  return client;
}

describe('Explorer 28b: the lead contact in Teams, for a plan a carer filled in', function () {
  this.timeout(120_000);

  // Ann answered "Honestly I'm at the end of my tether, I haven't slept in weeks and I can't keep
  // doing this on my own" at "How are you coping?". The card opened with the invited name, topics,
  // goals and what matters; her words came last, under "Their carer", with no "Read this first".
  // H346 (decided): strain said in clear words in the carer's own part raises a flag of its own
  // (carerStrain), shown under "Read this first" where the carer's part is shared.
  it('puts a carer at the end of their tether first on the card, under "Read this first"', () =>
    onEachHeld(
      ['webchat'],
      async (opened) => {
        const strained =
          "Honestly I'm at the end of my tether, I haven't slept in weeks and I can't keep doing this on my own";
        await carerShares(opened, { ...carerPersona, answers: { ...carerPersona.answers, 'carer.coping': strained } });
        const card = texts(opened.connector.delivered(invitingCoordinator.conversation)[0].attachments);

        expect(card).to.include('Read this first');
        expect(card.indexOf('Read this first')).to.be.below(card.indexOf('Top things to talk about'));
      },
      { env: staff },
    ));

  // The card said "Plan from Jean ... You invited Sam, but this plan is about Jean"; when Ann deleted
  // everything, the note said "Sam's carer has taken back Sam's plan": Ann is not Sam's carer, and a
  // coordinator who filed the plan under Jean is not told that Jean's copy must go.
  it('does not call the carer who deleted Jean\'s plan "Sam\'s carer"', () =>
    onEachHeld(
      ['webchat'],
      async (opened) => {
        const client = await carerShares(opened);
        const before = opened.connector.delivered(invitingCoordinator.conversation).length;
        await client.say('delete my data');
        await client.say('yes');
        await opened.running.app.deliveries.idle();
        const note = texts(opened.connector.delivered(invitingCoordinator.conversation).slice(before));

        expect(note).to.match(/taken back/);
        expect(note).to.not.match(/Sam's carer|Sam's plan/);
        expect(note).to.include("Jean's carer has taken back Jean's plan (the plan from your invitation to Sam)");
      },
      { env: staff },
    ));

  // "my patients" said "Sam: shared" for the plan Ann shared about Jean: Sam has shared nothing.
  it('says in "my patients" that the plan shared from the invitation to Sam is about Jean', () =>
    onEachHeld(
      ['webchat'],
      async (opened) => {
        await carerShares(opened);
        const list = allText(await leadSaysInTeams(opened.running, opened.connector.serviceUrl, 'my patients'));

        expect(list).to.include('Jean');
        expect(list).to.match(/Sam \(the plan is about Jean\): shared/);
      },
      { env: staff },
    ));

  // Dr Sam Patel picked 1 January 2030 on the invite card (meaning 2027): told "Done, for the visit
  // on Tuesday 1 January", and "my patients" said "Visit: Tuesday 1 January"; no year anywhere, so
  // neither they nor Ron (told the same words) could see the visit was three years away.
  it('says the year of a visit when a coordinator invites someone', () =>
    onEachHeld(
      ['webchat'],
      async (opened) => {
        const value = { careprep: 'teams.invite', name: 'Ron', date: '2030-01-01', time: '10:30' };
        const made = allText(await leadPressesInTeams(opened.running, opened.connector.serviceUrl, value));
        const list = allText(await leadSaysInTeams(opened.running, opened.connector.serviceUrl, 'my patients'));

        expect(made).to.include('Tuesday 1 January 2030');
        expect(list).to.include('Visit: Tuesday 1 January 2030');
      },
      { env: staff },
    ));

  // Ron's mobile typed on the invite card ("if you want me to text them") where texts are not set
  // up: told "Done ... Give Ron this code", with no word that no text went, so he may never hear of it.
  it('says no text was sent when a mobile is given and texts cannot be sent', () =>
    onEachHeld(
      ['webchat'],
      async (opened) => {
        const value = { careprep: 'teams.invite', name: 'Ron', mobile: '07700 900123', date: '2030-01-01', time: '' };
        const made = allText(await leadPressesInTeams(opened.running, opened.connector.serviceUrl, value));

        expect(made).to.match(/Give Ron this code/);
        expect(made).to.match(/could not send a text, so please pass on the code yourself/);
      },
      { env: staff },
    ));
});
