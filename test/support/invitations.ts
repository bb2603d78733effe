import { createInvitation } from '../../coordination/invitations';
import { SqlCoordinatorStore } from '../../storage/coordinatorStore';
import { createSealer } from '../../storage/encryption';
import { SqlInvitationStore } from '../../storage/invitationStore';
import { allText, BotClient, type PostResult } from './botClient';
import { apiKey } from './results';
import type { RunningApp } from './startApp';

/**
 * An invitation made straight in the app's store, as a coordinator's "invite" in Teams makes it,
 * for tests of a person with a linked care team. Returns the code the person types.
 */
export async function invitationCode(running: RunningApp, leadName = 'Dr Sam Patel'): Promise<string> {
  const store = new SqlInvitationStore(running.app.db, createSealer(null));
  const invitation = await createInvitation(
    store,
    { coordinatorId: invitingCoordinator.aad, leadName, personName: 'Sam', conditions: [] },
    new Date(),
  );
  return invitation.code;
}

/**
 * Who makes the invitations of `invitationCode`, and their Teams chat. Until `leadReachableAt`, the
 * service has no way to reach them, so a plan shared with them is never delivered.
 */
export const invitingCoordinator = { aad: 'aad-coordinator', conversation: 'a:chat-invited-lead' };

/**
 * Lets plans reach the lead contact of `invitationCode`'s invitations through the Bot Connector at
 * `serviceUrl` (a fake Teams connector), as they do once a coordinator has talked to Careprep.
 */
export async function leadReachableAt(running: RunningApp, serviceUrl: string): Promise<void> {
  await new SqlCoordinatorStore(running.app.db).save(invitingCoordinator.aad, {
    serviceUrl,
    conversationId: invitingCoordinator.conversation,
    botId: '28:careprep-bot',
    userId: `29:${invitingCoordinator.aad}`,
  });
}

/**
 * `invitingCoordinator` writes `text` to Careprep in their Teams chat, through the Bot Connector at
 * `serviceUrl`; as staff (`CAREPREP_STAFF_AAD_IDS` must name them), this stores where to reach them.
 */
export function leadSaysInTeams(running: RunningApp, serviceUrl: string, text: string): Promise<PostResult> {
  const chat = new BotClient(running.baseUrl, {
    channelId: 'msteams',
    serviceUrl,
    conversationId: invitingCoordinator.conversation,
    userId: `29:${invitingCoordinator.aad}`,
  });
  return chat.say(text, {
    from: { id: `29:${invitingCoordinator.aad}`, name: 'Dr Sam Patel', aadObjectId: invitingCoordinator.aad },
    recipient: { id: '28:careprep-bot', name: 'Careprep' },
    conversation: { id: invitingCoordinator.conversation, conversationType: 'personal' },
  });
}

/**
 * `invitingCoordinator` presses a card's button (`value`: what the button submits) in their Teams
 * chat, through the Bot Connector at `serviceUrl`; `CAREPREP_STAFF_AAD_IDS` must name them.
 */
export function leadPressesInTeams(
  running: RunningApp,
  serviceUrl: string,
  value: Record<string, unknown>,
): Promise<PostResult> {
  const chat = new BotClient(running.baseUrl, {
    channelId: 'msteams',
    serviceUrl,
    conversationId: invitingCoordinator.conversation,
    userId: `29:${invitingCoordinator.aad}`,
  });
  return chat.post({
    from: { id: `29:${invitingCoordinator.aad}`, name: 'Dr Sam Patel', aadObjectId: invitingCoordinator.aad },
    recipient: { id: '28:careprep-bot', name: 'Careprep' },
    conversation: { id: invitingCoordinator.conversation, conversationType: 'personal' },
    value,
  });
}

/** A care coordinator who is staff (`CAREPREP_STAFF_AAD_IDS`), and their Teams chat with Careprep. */
export const teamsCoordinator = { aad: 'aad-coordinator-c', conversation: 'a:chat-coordinator-c' };

/**
 * The coordinator invites Sam in Teams with the real card, for 14 March 2030 at 10:30 (so the
 * appointment reminders are scheduled, as in the service): the invitation's id and code. The app
 * needs `teamsCoordinator.aad` as staff and `apiKey` among its API keys.
 */
export async function inviteInTeams(
  running: RunningApp,
  serviceUrl: string,
  mobile?: string,
): Promise<{ id: string; code: string }> {
  const chat = new BotClient(running.baseUrl, {
    channelId: 'msteams',
    serviceUrl,
    conversationId: teamsCoordinator.conversation,
    userId: `29:${teamsCoordinator.aad}`,
  });
  const made = await chat.post({
    from: { id: `29:${teamsCoordinator.aad}`, name: 'Dr Sam Patel', aadObjectId: teamsCoordinator.aad },
    recipient: { id: '28:careprep-bot', name: 'Careprep' },
    conversation: { id: teamsCoordinator.conversation, conversationType: 'personal' },
    value: { careprep: 'teams.invite', name: 'Sam', mobile: mobile ?? '', date: '2030-03-14', time: '10:30' },
  });
  const code = /\*\*([A-Z2-9]{8})\*\*/.exec(allText(made))?.[1];
  const list = (await (
    await fetch(`${running.baseUrl}/api/invitations`, { headers: { authorization: `Bearer ${apiKey}` } })
  ).json()) as { id: string; code: string }[];
  const id = list.find((item) => item.code === code)?.id;
  if (!code || !id) throw new Error('no invitation');
  return { id, code };
}
