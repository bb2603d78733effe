/**
 * Taking a shared plan back, deleting it, and keeping things from the care team, as a person and
 * a carer see it: every reply about sharing names the lead contact the plan went to, speaks of the
 * person cared for by name, and says only what has happened.
 */
import { expect } from 'chai';
import { allText, type ChatClient } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { listening, type Told } from '../support/planListeners';
import { carerPersona, personPersona, runPersona, type Persona } from '../support/personas';
import { chatClient, startApp, type RunningApp } from '../support/startApp';

type ChannelId = 'webchat' | 'msteams' | 'sms';
const lead = 'Dr Sam Patel';

/** An app whose plan listeners note what they are told. */
interface Opened {
  running: RunningApp;
  told: Told;
}

/** Runs `body` once per channel, each against a fresh app, stopped after. */
async function onEach(
  list: readonly ChannelId[],
  body: (opened: Opened, channelId: ChannelId) => Promise<void>,
): Promise<void> {
  for (const channelId of list) {
    const listener = listening();
    const running = await startApp({ overrides: { planListeners: [listener.events] } });
    try {
      await body({ running, told: listener.told }, channelId);
    } finally {
      await running.stop();
    }
  }
}

/** A person or carer, invited by Dr Sam Patel, who has gone all the way through and shared the plan. */
async function shared(running: RunningApp, channelId: ChannelId, persona: Persona): Promise<ChatClient> {
  const code = await invitationCode(running, lead);
  const client = chatClient(running, { channelId });
  await runPersona(async (text) => (await client.say(text)).replies, persona, code);
  return client;
}

const yes = (channelId: ChannelId): string => (channelId === 'sms' ? '1' : 'yes');

describe('Deleting a shared plan', () => {
  it(`names ${lead}, not "your care team", when asking to delete a plan shared with them`, async () => {
    await onEach(['webchat', 'sms'], async ({ running }, channelId) => {
      const client = await shared(running, channelId, personPersona);
      const asked = allText(await client.say('delete my data'));

      expect(asked, channelId).to.include(lead);
      expect(asked, channelId).to.not.include('your care team');
    });
  });

  it(`says ${lead} will be told, not that they were, while the withdrawal is on its way`, async () => {
    await onEach(['webchat', 'sms'], async ({ running, told }, channelId) => {
      const client = await shared(running, channelId, personPersona);
      await client.say('delete my data');
      const done = allText(await client.say(yes(channelId)));

      expect(told.withdrawn, channelId).to.have.length(1);
      expect(done, channelId).to.include(`I will let ${lead} know`);
      expect(done, channelId).to.not.match(/\btold\b/);
    });
  });

  it("tells a carer that deleting takes back Jean's plan, when asking and when done", async () => {
    await onEach(['webchat', 'sms'], async ({ running }, channelId) => {
      const client = await shared(running, channelId, carerPersona);
      const asked = allText(await client.say('delete my data'));
      const done = allText(await client.say(yes(channelId)));

      expect(asked, `${channelId}: asking`).to.include("Jean's");
      expect(asked, `${channelId}: asking`).to.not.match(/everything I hold about you|all I hold about you/);
      expect(done, `${channelId}: done`).to.match(/Jean's plan/);
    });
  });
});

describe('"Show my data" about a shared plan', () => {
  it(`names ${lead} as who the plan was shared with`, async () => {
    await onEach(['webchat', 'sms'], async ({ running }, channelId) => {
      const client = await shared(running, channelId, personPersona);
      const data = allText(await client.say('show my data'));

      expect(data, channelId).to.match(new RegExp(`you said yes to sharing version 1 with ${lead}\\.`));
    });
  });

  it('tells a carer what they agreed to, about Jean, not that "your carer" did', async () => {
    await onEach(['webchat', 'sms'], async ({ running }, channelId) => {
      const client = await shared(running, channelId, carerPersona);
      const data = allText(await client.say('show my data'));

      expect(data, channelId).to.match(new RegExp(`you said yes to sharing version 1 of Jean's plan with ${lead}\\.`));
      expect(data, channelId).to.not.match(/your carer said|hold about you\b|on your plan|to your plan/);
      expect(data, channelId).to.match(/about Jean/);
    });
  });
});

describe('Starting again after sharing', () => {
  it(`says ${lead} still has the plan sent before, and it can still be taken back after starting again`, async () => {
    await onEach(['webchat', 'sms'], async ({ running, told }, channelId) => {
      const client = await shared(running, channelId, personPersona);
      const asked = allText(await client.say('start again'));
      await client.say(yes(channelId));
      const record = await onlyRecord(running);

      expect(asked, channelId).to.include(`${lead} will still have the plan you shared`);
      expect(record.leadContact?.name, `${channelId}: still linked to the lead contact`).to.equal(lead);
      expect(record.shared?.planVersion, `${channelId}: what they hold`).to.equal(1);
      await client.say('delete my data');
      const done = allText(await client.say(yes(channelId)));
      expect(told.withdrawn, `${channelId}: told of the delete`).to.have.length(1);
      expect(done, channelId).to.include(`I will let ${lead} know`);
    });
  });

  it('says nothing of a care team when nothing was shared', async () => {
    await onEach(['webchat'], async ({ running }, channelId) => {
      const client = chatClient(running, { channelId });
      await client.say(await invitationCode(running, lead));
      const asked = allText(await client.say('start again'));

      expect(asked, channelId).to.not.include(lead);
      expect(asked, channelId).to.not.match(/care team/);
    });
  });
});
