/**
 * Taking a shared plan back, or deleting it, before and after it reached the lead contact, with the
 * real delivery queue sending to a fake Teams connector: the person is told the lead contact has a
 * copy only when it was sent to them, and a plan still waiting to go is never sent once taken back.
 */
import { expect } from 'chai';
import { allText, type ChatClient } from '../support/botClient';
import { invitationCode, invitingCoordinator, leadReachableAt } from '../support/invitations';
import { personPersona, runPersona } from '../support/personas';
import { chatClient, startApp, type RunningApp } from '../support/startApp';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';

type ChannelId = 'webchat' | 'sms';
const lead = 'Dr Sam Patel';
const yes = (channelId: ChannelId): string => (channelId === 'sms' ? '1' : 'yes');

/** An app whose clock a test moves on, its lead contact reachable through a fake Teams connector. */
interface Opened {
  running: RunningApp;
  connector: FakeTeamsConnector;
  later(hours: number): void;
}

/** Runs `body` once per channel, each against a fresh app and connector, stopped after. */
async function onEach(list: readonly ChannelId[], body: (opened: Opened, channelId: ChannelId) => Promise<void>) {
  for (const channelId of list) {
    let now = new Date();
    const connector = await startFakeTeamsConnector();
    const running = await startApp({ overrides: { clock: () => now } });
    await leadReachableAt(running, connector.serviceUrl);
    try {
      await body(
        { running, connector, later: (hours) => (now = new Date(now.getTime() + hours * 3_600_000)) },
        channelId,
      );
    } finally {
      await running.stop();
      await connector.close();
    }
  }
}

/**
 * The person goes through and shares with Dr Sam Patel. With `teamsDown`, Teams refuses the plan,
 * so it waits in the queue to be tried again: shared, but not yet with them.
 */
async function shared({ running, connector }: Opened, channelId: ChannelId, teamsDown: boolean): Promise<ChatClient> {
  if (teamsDown) connector.script([{ status: 500 }]);
  const client = chatClient(running, { channelId });
  await runPersona(
    async (text) => (await client.say(text)).replies,
    personPersona,
    await invitationCode(running, lead),
  );
  await running.app.deliveries.idle();
  const sent = connector.delivered(invitingCoordinator.conversation);
  expect(sent, `${channelId}: the plan reached ${lead}`).to.have.length(teamsDown ? 0 : 1);
  return client;
}

/** Lets every retry come due and the queue run: whatever was still waiting to go, goes now. */
async function everyRetryDue(opened: Opened): Promise<void> {
  opened.later(48);
  opened.running.app.deliveries.deliverDue();
  await opened.running.app.deliveries.idle();
}

const planQueued = async (running: RunningApp): Promise<number> =>
  Number((await running.app.db.get("SELECT COUNT(*) AS n FROM outbox WHERE topic = 'plan'"))?.n ?? 0);

describe('Taking a plan back before it reached the lead contact', () => {
  it(`says the plan has not reached ${lead} and will not be sent, when asking and when done, and never sends it`, async () => {
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const client = await shared(opened, channelId, true);
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
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const client = await shared(opened, channelId, true);
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
    await onEach(['webchat', 'sms'], async (opened, channelId) => {
      const client = await shared(opened, channelId, false);
      const asked = allText(await client.say('withdraw consent'));
      const done = allText(await client.say(yes(channelId)));
      await opened.running.app.deliveries.idle();

      expect(asked, `${channelId}: asking`).to.match(/I will let them know not to use/);
      expect(done, `${channelId}: done`).to.include(`I will let ${lead} know not to use`);
      expect(`${asked} ${done}`, channelId).to.not.match(/not reached|will not be sent/);
      const sent = opened.connector.delivered(invitingCoordinator.conversation);
      expect(sent, channelId).to.have.length(2);
      expect(sent[1].text, channelId).to.equal('Sam has taken back their plan. Please do not use the copy you had.');
    });
  });

  it(`says, when deleting, that ${lead} will be told the plan is taken back`, async () => {
    await onEach(['webchat'], async (opened, channelId) => {
      const client = await shared(opened, channelId, false);
      const asked = allText(await client.say('delete my data'));
      const done = allText(await client.say(yes(channelId)));

      expect(asked, `${channelId}: asking`).to.include(`I will let ${lead} know`);
      expect(done, `${channelId}: done`).to.include(`I will let ${lead} know that your plan is taken back`);
      expect(`${asked} ${done}`, channelId).to.not.match(/not reached|will not be sent/);
    });
  });
});
