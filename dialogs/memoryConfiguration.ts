import type { TurnContext } from 'botbuilder';
import type { DialogContext, DialogStateManagerConfiguration } from 'botbuilder-dialogs';

/**
 * Where `DialogStateManager` looks in the turn state for the memory scopes and path resolvers
 * before building them (botbuilder-dialogs, `memory/dialogStateManager.js`); not exported by it.
 */
const turnStateKey = 'DialogStateManagerConfiguration';

/**
 * The dialogs' memory scopes and path resolvers, built once and lent to every turn. Left to
 * itself, botbuilder-dialogs builds them anew on each turn's first dialog context (a service
 * collection and a zod check per component): a few per cent of a turn's CPU. The scopes keep
 * nothing of a turn (each reads its memory from the dialog context it is given), so one set
 * serves every turn.
 */
export class SharedMemoryConfiguration {
  private kept: DialogStateManagerConfiguration | undefined;

  /** Before a turn's first dialog context: gives it the set kept, once there is one. */
  lend(context: TurnContext): void {
    if (this.kept) context.turnState.set(turnStateKey, this.kept);
  }

  /** After a turn's first dialog context: keeps the set the library built for it. */
  keep(dc: DialogContext): void {
    this.kept ??= dc.state.configuration;
  }
}
