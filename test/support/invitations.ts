import { createInvitation } from '../../coordination/invitations';
import { createSealer } from '../../storage/encryption';
import { SqliteInvitationStore } from '../../storage/invitationStore';
import type { RunningApp } from './startApp';

/**
 * An invitation made straight in the app's store, as a coordinator's "invite" in Teams makes it,
 * for tests of a person with a linked care team. Returns the code the person types.
 */
export async function invitationCode(running: RunningApp, leadName = 'Dr Sam Patel'): Promise<string> {
  const store = new SqliteInvitationStore(running.app.db, createSealer(null));
  const invitation = await createInvitation(
    store,
    { coordinatorId: 'aad-coordinator', leadName, personName: 'Sam', conditions: [] },
    new Date(),
  );
  return invitation.code;
}
