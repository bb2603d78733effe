/**
 * The lead contact in Teams once a plan card has reached them: "my patients" points to the plans
 * with something to read first, and words typed back are answered plainly, never with the
 * first-time greeting.
 */
import { expect } from 'chai';
import { allText } from '../../support/botClient';
import { invitationCode, invitingCoordinator, leadSaysInTeams } from '../../support/invitations';
import { lead, onEachHeld, type Opened } from '../../support/heldDelivery';
import { carerAnswers } from '../../support/resultsChat';
import { jeanToShare, walkTo } from '../../support/scripts';
import { chatClient } from '../../support/startApp';
import { createInvitation } from '../../../coordination/invitations';
import { createSealer } from '../../../storage/encryption';
import { SqlInvitationStore } from '../../../storage/invitationStore';

/** Ann for her mother Jean, who has often felt down, wants help and lets the team see it. */
const carerLowMood: Readonly<Record<string, string>> = {
  ...carerAnswers,
  'mood.down': 'yes',
  'mood.harmThoughts': 'no',
  'mood.wantsHelp': 'yes',
  'mood.share': 'yes',
  'share.send': 'all',
  'share.consent': 'yes',
};

/** Shares a plan with the lead contact on web chat, from `answers`; the card has gone. */
async function shares(opened: Opened, answers: Readonly<Record<string, string>>): Promise<void> {
  const client = chatClient(opened.running, { channelId: 'webchat' });
  const code = await invitationCode(opened.running, lead);
  await walkTo((text) => client.say(text), 'share.consent', answers, code);
  await client.say('yes');
  await opened.running.app.deliveries.idle();
}

/**
 * The line of "my patients" about Sam (the person every `invitationCode` invitation names), whose
 * plans here are about Jean, and say so.
 */
async function samsLine(opened: Opened): Promise<string | undefined> {
  const list = await leadSaysInTeams(opened.running, opened.connector.serviceUrl, 'my patients');
  return allText(list)
    .split('\n')
    .find((l) => l.startsWith('Sam'));
}

const asStaff = { env: { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad } };

describe('"My patients" after a plan card', () => {
  it('marks a plan whose card has something to read first', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened) => {
        await shares(opened, carerLowMood);
        expect(await samsLine(opened)).to.match(/^Sam \(the plan is about Jean\): shared, read this first\b/);
      },
      asStaff,
    );
  });

  it('lists a plan with something to read first before one invited earlier', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened) => {
        await createInvitation(
          new SqlInvitationStore(opened.running.app.db, createSealer(null)),
          { coordinatorId: invitingCoordinator.aad, leadName: lead, personName: 'Ahmed', conditions: [] },
          new Date(Date.now() - 60_000),
        );
        await shares(opened, carerLowMood);
        const list = allText(await leadSaysInTeams(opened.running, opened.connector.serviceUrl, 'my patients'));
        expect(list.indexOf('Sam (the plan is about Jean): shared, read this first'), list)
          .to.be.greaterThan(-1)
          .and.lessThan(list.indexOf('Ahmed'));
      },
      asStaff,
    );
  });

  it('says only "shared" of a plan with nothing to read first', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened) => {
        await shares(opened, { ...jeanToShare, 'share.send': 'all' });
        expect(await samsLine(opened)).to.equal('Sam (the plan is about Jean): shared');
      },
      asStaff,
    );
  });
});

describe('A lead contact writing back in Teams', () => {
  it('tells them the person will not see the message, and not the first-time greeting', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened) => {
        await shares(opened, carerLowMood);
        const said = allText(
          await leadSaysInTeams(opened.running, opened.connector.serviceUrl, 'Thanks, I will call her about her mood'),
        );
        expect(said).to.not.match(/^Hello\./);
        expect(said).to.match(/(not|n't)\b[^.]*\b(see|seen|sent|passed|reach)/i);
        expect(said).to.not.match(/passed on|I have sent|I sent/i);
      },
      asStaff,
    );
  });

  it('greets a coordinator on their first words', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened) => {
        const said = allText(await leadSaysInTeams(opened.running, opened.connector.serviceUrl, 'good morning'));
        expect(said).to.match(/^Hello\./);
      },
      asStaff,
    );
  });
});
