import { MemoryStorage, type ConversationState } from 'botbuilder';
import { ChangeCheckedConversationState } from '../../storage/changeCheckedState';
import { ConcurrencyCheckedStorage } from '../../storage/checkedStateStorage';
import type { Database } from '../../storage/database';
import type { Sealer } from '../../storage/encryption';
import { SqlStorage } from '../../storage/sqlStorage';
import type { Logger } from '../../plan/logger';
import { TurnUnits } from './turnUnits';

/**
 * The conversation state turns load and save (in sqlite with real eTag checks, or in memory for
 * the benchmark's comparison), and the units of work turns commit in: a turn's state document is
 * written in its unit, with its record and delivery key.
 */
export function turnState(deps: {
  db: Database;
  sealer: Sealer;
  clock: () => Date;
  logger: Logger;
  memory?: boolean;
}): { conversationState: ConversationState; units: TurnUnits } {
  const storage = deps.memory ? new MemoryStorage() : new SqlStorage(deps.db, deps.sealer, deps.clock);
  const conversationState = new ChangeCheckedConversationState(new ConcurrencyCheckedStorage(storage));
  const units = new TurnUnits({
    db: deps.db,
    logger: deps.logger,
    state:
      storage instanceof SqlStorage
        ? { storage, keyOf: (context) => conversationState.getStorageKey(context) }
        : undefined,
  });
  return { conversationState, units };
}
