import type { Activity, TurnContext } from 'botbuilder';
import type { Database, LockSession, Row } from '../../storage/database';
import type { OpenedTurn } from '../../storage/turnOpening';
import { UnitOfWork } from '../../storage/unitOfWork';
import type { Logger } from '../../plan/logger';
import { HeldReplies } from './heldReplies';

const unitKey = Symbol('careprep.turnUnit');

/** The unit of work the turn's writes go into, or undefined outside a turn pipeline. */
export function turnUnitOf(context: TurnContext): UnitOfWork | undefined {
  return context.turnState.get<TurnUnit | undefined>(unitKey)?.work;
}

/**
 * The sender's record as read when the turn's lock was taken (null: they have none yet), or
 * undefined when the turn was not opened that way and the record must be read.
 */
export function openedRecordOf(context: TurnContext): Row | null | undefined {
  return context.turnState.get<TurnUnit | undefined>(unitKey)?.opened?.record;
}

/** A store whose documents can be written through a turn's unit (the conversation state). */
export interface EnlistingStorage {
  enlist(key: string, unit: UnitOfWork, opened?: Row | null): () => void;
}

/**
 * Replies that go out even when the turn's writes fail: the crisis reply's urgent help (999,
 * NHS 111, Samaritans) and its "are you safe?" are never held back by a storage fault.
 */
export function isUrgent(activity: Partial<Activity>): boolean {
  const channelData: unknown = activity.channelData;
  if (!channelData || typeof channelData !== 'object' || !('careprep' in channelData)) return false;
  const careprep = channelData.careprep;
  return !!careprep && typeof careprep === 'object' && 'linkId' in careprep && careprep.linkId === 'safety.check';
}

/** One turn's unit of work and held replies; see {@link TurnUnits}. */
export class TurnUnit {
  private committed = false;

  constructor(
    readonly work: UnitOfWork,
    private readonly held: HeldReplies,
    private readonly context: TurnContext,
    private readonly onEnd: () => void,
    private readonly logger: Logger,
    /** What the turn read as its lock was taken, if it was opened that way. */
    readonly opened?: OpenedTurn,
  ) {}

  /** What the turn has said so far, held until its commit. */
  get replies(): readonly Partial<Activity>[] {
    return this.held.pending;
  }

  /** Commits what the turn wrote in one transaction, then sends what it said. */
  async commit(): Promise<void> {
    await this.work.commit();
    this.committed = true;
    await this.held.release();
  }

  /**
   * Ends the turn's unit. After a failure nothing the turn meant to write is written, and of what
   * it said only urgent help goes out; the error handler then sends its own message. Never throws,
   * so the turn's own error is the one reported.
   */
  async end(): Promise<void> {
    this.onEnd();
    this.context.turnState.delete(unitKey);
    if (this.committed) return;
    this.work.abandon();
    await this.held.release(isUrgent).catch((error: unknown) => {
      this.logger.error('urgent_reply_failed', { error: error instanceof Error ? error.name : 'unknown' });
    });
  }
}

/**
 * Gives each turn one unit of work: the record's changes (`RecordSessions`), the conversation
 * state and the delivery ledger's keys go into it, and it commits once, durably, before any reply
 * leaves. "An answer is stored before the next question is sent" then holds for the whole turn
 * with one flush to disk instead of one per store.
 */
export class TurnUnits {
  constructor(
    private readonly deps: {
      db: Database;
      logger: Logger;
      /** The conversation state's storage and the key of a turn's state document in it. */
      state?: { storage: EnlistingStorage; keyOf(context: TurnContext): string | undefined };
    },
  ) {}

  /** The key of the turn's state document, when the conversation state is in the database. */
  stateKeyOf(context: TurnContext): string | undefined {
    return this.deps.state?.keyOf(context);
  }

  /**
   * Opens the unit of the turn, from what was read as its lock was taken if it was opened that
   * way (`turnOpening`), committing through the lock's `session` when there is one (so on
   * PostgreSQL only while the lock is held); the caller commits it, and ends it whatever happens.
   */
  begin(context: TurnContext, opened?: OpenedTurn, session?: LockSession): TurnUnit {
    const work = new UnitOfWork(session ?? this.deps.db);
    const replies = new HeldReplies(context);
    const { state } = this.deps;
    const key = state?.keyOf(context);
    const release = state && key !== undefined ? state.storage.enlist(key, work, opened?.state) : () => undefined;
    const unit = new TurnUnit(work, replies, context, release, this.deps.logger, opened);
    context.turnState.set(unitKey, unit);
    return unit;
  }
}
