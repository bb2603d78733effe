import type { PreparationRecord } from './record';

/**
 * The person's record for this turn. What `update` changes is stored (with eTag concurrency) in
 * the turn's commit, before anything the turn says is sent, so an answer is saved before the
 * next question is sent.
 */
export interface Session {
  readonly record: PreparationRecord;
  update(change: (draft: PreparationRecord) => void): Promise<void>;
}

/** A clock, injected so tests can move time. */
export type Clock = () => Date;
