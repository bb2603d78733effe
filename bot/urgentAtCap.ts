import type { UrgentReading } from '../channels/directline/turnsWaiting';
import type { PackLibrary } from '../content/packs/packLibrary';
import { packLinkIdForKey } from '../dialogs/questionKeys';
import { screenContext } from '../dialogs/screenContext';
import { gravity, type CrisisScreen } from '../safety/screen';
import type { IdentityStore } from '../storage/identityStore';
import type { RecordStore } from '../storage/recordStore';

/** What reading a message at the Direct Line's cap needs. */
export interface UrgentAtCapDeps {
  screen: CrisisScreen;
  library: PackLibrary;
  identities: Pick<IdentityStore, 'recordFor'>;
  records: Pick<RecordStore, 'get'>;
}

/**
 * Reads a Web Chat (or `channelId`'s) sender's record as stored (no turn run, nothing written) and gives what tells
 * whether a message at its conversation's cap on waiting is urgent, read as its turn would read it,
 * with the question the conversation waits at (H264). The Direct Line keeps one reading for a
 * conversation while it stays at the cap (`TurnsWaiting`), so a flood costs no read a message.
 * - "are you safe right now?" or a check-in waiting: every message is its answer (there anything
 *   but a clear "I'm safe", or at a check-in a clear "no", gets the crisis reply), so it is taken;
 * - the direct question after the mood screen (`hedges: notNo`): anything but a clear no gets the
 *   crisis reply there, a bare "yes" included, so it is taken;
 * - otherwise the screen reads it with the question's context (a goal as wished, H120).
 * A record that cannot be read leaves the message read as said, as before.
 */
export function urgentAtCap(deps: UrgentAtCapDeps, channelId = 'webchat'): (userId: string) => Promise<UrgentReading> {
  const { screen, library } = deps;
  return async (userId) => {
    const record = await deps.identities
      .recordFor(channelId, userId)
      .then((id) => (id === null ? null : deps.records.get(id)))
      .then((found) => found?.value)
      .catch(() => undefined);
    if (!record) return (text) => gravity[screen.screen(text).tier];
    const { progress } = record;
    if (progress.safetyCheckPending || progress.checkIn !== undefined) return () => true;
    const asked = progress.current === undefined ? undefined : library.find(packLinkIdForKey(progress.current));
    if (asked?.hedges === 'notNo') return () => true;
    const context = screenContext(record, { library, screen });
    return (text) => gravity[screen.screen(text, context).tier];
  };
}
