import { expect } from 'chai';
import { allText, type ChatClient } from './botClient';
import { invitationCode, invitingCoordinator, leadPressesInTeams, leadReachableAt } from './invitations';
import { personPersona, runPersona, type Persona, type PersonaRun } from './personas';
import { chatClient, startApp, type RunningApp } from './startApp';
import { startFakeTeamsConnector, type FakeTeamsConnector } from '../channels/teams/fakeTeamsConnector';

/** The channels these tests speak on: one with buttons and one of plain texts. */
export type HeldChannel = 'webchat' | 'sms';

/** The lead contact of `invitationCode`'s invitations. */
export const lead = 'Dr Sam Patel';

export const yes = (channelId: HeldChannel): string => (channelId === 'sms' ? '1' : 'yes');

/** An app whose clock a test moves on, with a fake Teams connector where its lead contact may be reached. */
export interface Opened {
  running: RunningApp;
  connector: FakeTeamsConnector;
  later(hours: number): void;
}

/**
 * Runs `body` once per channel, each against a fresh app and connector, stopped after. The lead
 * contact is reachable through the connector unless `unreachable` (they have never talked to
 * Careprep, so nothing can be sent to them). `env` adds to the app's environment.
 */
export async function onEachHeld(
  list: readonly HeldChannel[],
  body: (opened: Opened, channelId: HeldChannel) => Promise<void>,
  options: { unreachable?: boolean; env?: Record<string, string> } = {},
): Promise<void> {
  for (const channelId of list) {
    let now = new Date();
    const connector = await startFakeTeamsConnector();
    const running = await startApp({ env: options.env, overrides: { clock: () => now } });
    if (!options.unreachable) await leadReachableAt(running, connector.serviceUrl);
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
export async function sharedWithLead(
  { running, connector }: Opened,
  channelId: HeldChannel,
  teamsDown: boolean,
): Promise<ChatClient> {
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
export async function everyRetryDue(opened: Opened): Promise<void> {
  opened.later(48);
  opened.running.app.deliveries.deliverDue();
  await opened.running.app.deliveries.idle();
}

/** How many plan deliveries wait in the queue. */
export const planQueued = async (running: RunningApp): Promise<number> =>
  Number((await running.app.db.get("SELECT COUNT(*) AS n FROM outbox WHERE topic = 'plan'"))?.n ?? 0);

/** The invitation id on the first plan card the lead contact was sent (its buttons carry it). */
export function invitationIdOnCard(opened: Opened): string {
  const card = opened.connector.delivered(invitingCoordinator.conversation).find((sent) => sent.attachments);
  const found = /"invitationId":"([^"]+)"/.exec(JSON.stringify(card?.attachments ?? []));
  if (!found) throw new Error('no invitation id on the card');
  return found[1];
}

/** Sam changes their topics (to `topics`) and shares the plan again: the next version. */
export async function sharedAgain(client: ChatClient, topics = '1, 2, 8 and 13'): Promise<void> {
  const answers: Record<string, string> = {
    'review.change': 'topics',
    'topics.selected': topics,
    'share.send': 'Send it all',
    'share.consent': 'yes',
  };
  let said = 'change';
  let reviewed = false;
  for (let turn = 0; turn < 20; turn++) {
    const linkId = (await client.say(said)).questions.at(-1)?.linkId;
    if (!linkId) break;
    said = linkId === 'review.change' && reviewed ? 'It looks right' : (answers[linkId] ?? 'keep');
    if (linkId === 'review.change') reviewed = true;
  }
}

/** The lead contact presses "Open full plan" on their card: what they are shown. */
export async function openFullPlan(opened: Opened, invitationId: string): Promise<string> {
  const value = { careprep: 'teams.fullPlan', invitationId };
  return allText(await leadPressesInTeams(opened.running, opened.connector.serviceUrl, value));
}

/** `persona` goes through on Web Chat with the invitation's code and shares; the queue has run. */
export async function sharedAs(opened: Opened, persona: Persona): Promise<PersonaRun> {
  const client = chatClient(opened.running, { channelId: 'webchat' });
  const run = await runPersona(
    async (t) => (await client.say(t)).replies,
    persona,
    await invitationCode(opened.running),
  );
  await opened.running.app.deliveries.idle();
  return run;
}
