import type { PackLibrary } from '../content/packs/packLibrary';
import { packLinkIdForKey } from '../dialogs/questionKeys';
import { screenContext } from '../dialogs/screenContext';
import type { CrisisScreen } from '../safety/screen';
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
 * Whether a Web Chat message at its conversation's cap on waiting is urgent, read as its turn
 * would read it, with the question the conversation waits at as stored now (H264), and nothing
 * of the turn run:
 * - "are you safe right now?" or a check-in waiting: every message is its answer (there anything
 *   but a clear "I'm safe", or at a check-in a clear "no", gets the crisis reply), so it is taken;
 * - the direct question after the mood screen (`hedges: notNo`): anything but a clear no gets the
 *   crisis reply there, a bare "yes" included, so it is taken;
 * - otherwise the screen reads it with the question's context (a goal as wished, H120).
 * A record that cannot be read leaves the message read as said, as before.
 */
export function urgentAtCap(deps: UrgentAtCapDeps): (userId: string, text: string) => Promise<boolean> {
  const { screen, library } = deps;
  return async (userId, text) => {
    const record = await deps.identities
      .recordFor('webchat', userId)
      .then((id) => (id === null ? null : deps.records.get(id)))
      .then((found) => found?.value)
      .catch(() => undefined);
    if (!record) return screen.screen(text).tier !== 'none';
    const { progress } = record;
    if (progress.safetyCheckPending || progress.checkIn !== undefined) return true;
    const asked = progress.current === undefined ? undefined : library.find(packLinkIdForKey(progress.current));
    if (asked?.hedges === 'notNo') return true;
    return screen.screen(text, screenContext(record, { library, screen })).tier !== 'none';
  };
}
