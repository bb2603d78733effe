import type { TurnContext } from 'botbuilder';
import type { Session } from '../plan/session';

/** Finds the session opened for a turn; the bot opens it before any dialog runs. */
export interface SessionSource {
  get(context: TurnContext): Session;
}
