/**
 * A plan shared with a lead contact Careprep cannot reach yet (they have never talked to it in
 * Teams, so no way to send to them is stored), with the real delivery queue and a fake Teams
 * connector: the plan waits, however long, and goes once they can be reached; the person is never
 * told it was sent before it was.
 */
import { expect } from 'chai';
import { allText, type ChatClient, type PostResult } from '../support/botClient';
import { lead, onEachHeld, planQueued, type HeldChannel, type Opened } from '../support/heldDelivery';
import { invitationCode, invitingCoordinator, leadSaysInTeams } from '../support/invitations';
import { personPersona, runPersona } from '../support/personas';
import { chatClient } from '../support/startApp';

/** The lead contact is staff, so when they write to Careprep in Teams it keeps where to reach them. */
const staff = { env: { CAREPREP_STAFF_AAD_IDS: invitingCoordinator.aad }, unreachable: true };

/** The person goes through and shares with Dr Sam Patel, who cannot be reached: the words said to the yes. */
async function shared({ running }: Opened, channelId: HeldChannel): Promise<{ client: ChatClient; yes: string }> {
  const client = chatClient(running, { channelId });
  const run = await runPersona(
    async (text) => (await client.say(text)).replies,
    personPersona,
    await invitationCode(running, lead),
  );
  await running.app.deliveries.idle();
  const consent = run.transcript.find((exchange) => exchange.answered === 'share.consent');
  return { client, yes: allText({ replies: [...(consent?.replies ?? [])] } as PostResult) };
}

/** Moves the clock on `hours` at a time, `times` times, letting the queue run each time. */
async function waitLong(opened: Opened, hours: number, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    opened.later(hours);
    opened.running.app.deliveries.deliverDue();
    await opened.running.app.deliveries.idle();
  }
}

describe('A plan shared with a lead contact who cannot be reached yet', () => {
  it('keeps it queued for as long as it takes, and sends it once they talk to Careprep in Teams', async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        const { running, connector } = opened;
        await shared(opened, channelId);
        // Two weeks, looked at again and again: far past the retries an outage is given.
        await waitLong(opened, 6, 56);
        expect(await planQueued(running), `${channelId}: still waiting to go`).to.equal(1);
        expect(connector.delivered(invitingCoordinator.conversation), channelId).to.deep.equal([]);

        await leadSaysInTeams(running, connector.serviceUrl, 'hello');
        await waitLong(opened, 1, 1);

        const cards = connector.delivered(invitingCoordinator.conversation).filter((sent) => sent.attachments);
        expect(cards, `${channelId}: the plan reached ${lead}`).to.have.length(1);
        expect(await planQueued(running), `${channelId}: nothing left to send`).to.equal(0);
      },
      staff,
    );
  });

  it('says at the yes that the plan will be sent, never that it is being sent now or was sent', async () => {
    await onEachHeld(
      ['webchat', 'sms'],
      async (opened, channelId) => {
        const { yes } = await shared(opened, channelId);

        expect(yes, channelId).to.include(`I will send your plan to ${lead}`);
        expect(yes, channelId).to.not.match(/sending|have sent|has been sent|is sent|was sent/i);
      },
      staff,
    );
  });

  it(`says in the person's own plan, in chat and on the page, that it has not reached ${lead} yet, until it has`, async () => {
    await onEachHeld(
      ['webchat', 'sms'],
      async (opened, channelId) => {
        const { running, connector } = opened;
        const { client, yes } = await shared(opened, channelId);
        const link = /https?:\/\/\S*\/plan\/[0-9a-f]{64}/.exec(yes)?.[0];
        if (!link) throw new Error(`${channelId}: no own copy link`);
        const page = async (): Promise<string> =>
          (await (await fetch(`${running.baseUrl}${new URL(link).pathname}`)).text()).replace(/&#x27;/g, "'");
        const notYet = 'It has not reached them yet.';

        expect(allText(await client.say('show my plan')), `${channelId}: chat`).to.include(notYet);
        expect(await page(), `${channelId}: page`).to.include(notYet);
        expect(allText(await client.say('show my data')), `${channelId}: data`).to.include(notYet);

        await leadSaysInTeams(running, connector.serviceUrl, 'hello');
        await waitLong(opened, 1, 1);
        const after = allText(await client.say('show my plan'));
        expect(after, `${channelId}: chat, once sent`).to.include(`Shared with ${lead} on`).and.not.include(notYet);
        expect(await page(), `${channelId}: page, once sent`).to.not.include(notYet);
      },
      staff,
    );
  });

  it(`tells ${lead}, when they list their patients, that the plan is on its way to them, not that they have it`, async () => {
    await onEachHeld(
      ['webchat'],
      async (opened, channelId) => {
        await shared(opened, channelId);
        const list = allText(await leadSaysInTeams(opened.running, opened.connector.serviceUrl, 'my patients'));

        expect(list, channelId).to.include('Sam: shared, on its way to you');
      },
      staff,
    );
  });
});
