import type { TurnContext } from 'botbuilder';
import type { Renderer } from '../../content/renderer';
import { isAppError } from '../../plan/appError';
import type { Logger } from '../../plan/logger';
import { doneInTurn } from '../../dialogs/doneInTurn';

/**
 * What a failed turn does: logs the kind of failure (never the message) and tells the person,
 * kindly, that their last answer may not have been saved; or, when the turn had already stored
 * something its failure does not undo (a plan taken back), what was done and for whom, so a
 * done thing is never said to be maybe unsaved. By then nothing the turn said has gone out but
 * urgent help (see `TurnUnit.end`).
 */
export function turnErrorHandler(
  logger: Logger,
  renderer: Renderer,
): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    logger.error('turn_failed', {
      channel: context.activity.channelId,
      error: error instanceof Error ? error.name : 'unknown',
      code: isAppError(error) ? error.code : undefined,
    });
    const done = doneInTurn(context);
    await context.sendActivity(
      renderer.message(done?.key ?? 'error.turn', done?.data ?? {}, context.activity.channelId),
    );
  };
}
