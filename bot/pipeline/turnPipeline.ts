import type { Middleware, TurnContext } from 'botbuilder';

/** What every turn runs through, whatever carries it: middleware in order, then the error handler. */
export interface TurnPipeline {
  middleware: readonly Middleware[];
  onTurnError: (context: TurnContext, error: Error) => Promise<void>;
}
