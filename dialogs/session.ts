import type { TurnContext } from 'botbuilder';
import type { PreparationRecord } from '../plan/record';

/**
 * The person's record for this turn. What `update` changes is stored (with eTag concurrency) in
 * the turn's commit, before anything the turn says is sent, so an answer is saved before the
 * next question is sent.
 */
export interface Session {
  readonly record: PreparationRecord;
  update(change: (draft: PreparationRecord) => void): Promise<void>;
}

/** Finds the session opened for a turn; the bot opens it before any dialog runs. */
export interface SessionSource {
  get(context: TurnContext): Session;
}

/** A clock, injected so tests can move time. */
export type Clock = () => Date;
