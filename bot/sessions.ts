import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { AppError, isAppError } from '../plan/appError';
import { isEmptyRecord, newRecord, type PreparationRecord } from '../plan/record';
import type { Session } from '../plan/session';
import type { SessionSource } from '../dialogs/sessionSource';
import type { Tx } from '../storage/database';
import type { IdentityStore } from '../storage/identityStore';
import type { RecordStore } from '../storage/recordStore';
import { copyJson } from '../storage/recordChanges';
import type { StepOutcome, UnitOfWork, UnitStep } from '../storage/unitOfWork';
import { openedRecordOf, turnUnitOf } from './pipeline/turnUnits';

const sessionKey = Symbol('careprep.session');
const maxConflictRetries = 3;

type Change = (draft: PreparationRecord) => void;

/** A change and when it was made, so it can be made again to a record someone else wrote since. */
interface Made {
  change: Change;
  at: string;
}

function apply(draft: PreparationRecord, made: Made): void {
  made.change(draft);
  draft.updatedAt = made.at;
  draft.progress.lastActiveAt = made.at;
}

/** Who a record made on first contact belongs to: linked in the same commit that creates it. */
interface NewLink {
  channelId: string;
  userId: string;
}

/** Who the sender is on their channel: the AAD object id on Teams, the user id elsewhere. */
export function channelUserId(context: TurnContext): string {
  const from = context.activity.from;
  return from.aadObjectId ?? from.id;
}

/**
 * Opens the person's record at the start of a turn (creating it on first contact) and keeps it
 * on the turn. In a turn with a unit of work (every turn through the pipeline), `update` changes
 * the record in memory and the turn's one commit writes it, with the record's eTag, before any
 * reply leaves; if another writer got there first, the turn's changes are made again to the
 * stored record in that same transaction rather than lost or overwritten. Outside a unit each
 * `update` is its own read-modify-write.
 *
 * A record read is never changed in place (a store may share it): `update` changes a copy and
 * makes it the session's record.
 */
export class RecordSessions implements SessionSource {
  /** Records with changes waiting in a turn's unit of work, by id. */
  private readonly waiting = new Map<string, UnitOfWork>();

  constructor(
    private readonly records: RecordStore,
    private readonly identities: IdentityStore,
    private readonly clock: () => Date,
  ) {}

  /** The stored key of the turn's sender, which their record is found by. */
  identityOf(context: TurnContext): string {
    return this.identities.keyOf(context.activity.channelId, channelUserId(context));
  }

  /**
   * The id of the turn's record if it holds nothing yet (see `isEmptyRecord`) as the turn ends, so
   * what the turn leaves goes when the record is purged as empty (H224); undefined otherwise.
   */
  emptyRecordOf(context: TurnContext): string | undefined {
    const record = context.turnState.get<Session | undefined>(sessionKey)?.record;
    return record && isEmptyRecord(record) ? record.id : undefined;
  }

  /**
   * Loads or creates the record for the turn's sender and attaches the session to the turn.
   * `relinked`: the sender's identity was linked to another record during this turn (a continue
   * code joined this channel to it), so what was read as the turn's lock was taken is out of date.
   */
  async open(context: TurnContext, options: { relinked?: boolean } = {}): Promise<Session> {
    const channelId = context.activity.channelId;
    const userId = channelUserId(context);
    const unit = turnUnitOf(context);
    // Read already, as the turn's lock was taken, when the turn was opened that way.
    const opened = options.relinked ? undefined : openedRecordOf(context);
    const loaded =
      opened === undefined
        ? await this.records.getByIdentity(this.identityOf(context))
        : opened && this.records.fromStored(opened);
    let session: Session;
    if (loaded)
      session = unit ? this.inUnit(unit, loaded.value, loaded.eTag) : this.writeThrough(loaded.value, loaded.eTag);
    else {
      const record = newRecord(randomUUID(), this.clock());
      if (unit) session = this.inUnit(unit, record, null, { channelId, userId });
      else {
        const eTag = await this.records.put(record, null);
        await this.identities.link(channelId, userId, record.id);
        session = this.writeThrough(record, eTag);
      }
    }
    context.turnState.set(sessionKey, session);
    return session;
  }

  /** Whether the turn's sender has a record already; none is made. */
  async exists(context: TurnContext): Promise<boolean> {
    const opened = openedRecordOf(context);
    if (opened !== undefined) return opened !== null;
    return (await this.records.getByIdentity(this.identityOf(context))) !== null;
  }

  get(context: TurnContext): Session {
    const session = context.turnState.get<Session | undefined>(sessionKey);
    if (!session) throw new Error('No session was opened for this turn.');
    return session;
  }

  /**
   * Commits now the changes to a record waiting in a turn's unit (with whatever else waits there),
   * for a write elsewhere that must never be durable before them: a plan queued for delivery
   * before the consent that allows it, an audit entry before what it records.
   */
  async flush(recordId: string): Promise<void> {
    await this.waiting.get(recordId)?.commit();
  }

  /**
   * Adds `step` to the unit a record's changes wait in, so both are written in one transaction or
   * neither is: what tells of a change (its audit entry, the delivery it owes) is never stored
   * without it, nor it without them. False, adding nothing, when none of its changes wait.
   */
  alongside(recordId: string, key: string, step: UnitStep, outcome?: StepOutcome): boolean {
    const unit = this.waiting.get(recordId);
    if (!unit) return false;
    unit.set(key, step, outcome);
    return true;
  }

  private inUnit(unit: UnitOfWork, initial: PreparationRecord, initialETag: string | null, link?: NewLink): Session {
    let record = initial;
    let eTag = initialETag;
    // The record as last read or written, validated: a write validates only what differs from it.
    let base: PreparationRecord | undefined = initialETag === null ? undefined : initial;
    const made: Made[] = [];
    const { records, identities, waiting, clock } = this;
    let outcome: { written: { value: PreparationRecord; eTag: string } | null; count: number } | undefined;

    const write = async (tx: Tx): Promise<void> => {
      const count = made.length;
      if (eTag === null) {
        const created = await records.putIn(tx, record, null);
        if (link) await identities.linkIn(tx, link.channelId, link.userId, record.id);
        outcome = { written: created === null ? null : { value: record, eTag: created }, count };
        return;
      }
      const next = await records.putIn(tx, record, eTag, base);
      if (next !== null) {
        outcome = { written: { value: record, eTag: next }, count };
        return;
      }
      // Someone else wrote it since this turn read it: make this turn's changes to theirs. In the
      // writer's transaction nobody can write it again meanwhile.
      const stored = await records.getIn(tx, record.id);
      if (!stored) {
        // Erased during the turn ("delete my data"): nothing is written back.
        outcome = { written: null, count };
        return;
      }
      const draft = copyJson(stored.value);
      for (const change of made) apply(draft, change);
      const rebased = await records.putIn(tx, draft, stored.eTag, stored.value);
      if (rebased === null) throw new AppError('storage_conflict', 'The record changed while it was written.');
      outcome = { written: { value: draft, eTag: rebased }, count };
    };
    const settle = {
      committed: (): void => {
        waiting.delete(record.id);
        if (!outcome) return;
        if (outcome.written) {
          record = outcome.written.value;
          base = outcome.written.value;
          eTag = outcome.written.eTag;
        }
        made.splice(0, outcome.count);
        outcome = undefined;
      },
      abandoned: (): void => void waiting.delete(record.id),
    };
    const schedule = (): void => {
      unit.set(`record:${record.id}`, write, settle);
      waiting.set(record.id, unit);
    };
    // A new record is written in this turn's commit even if nothing in it changes.
    if (eTag === null) schedule();
    return {
      get record() {
        return record;
      },
      update(change) {
        const draft = copyJson(record);
        const done: Made = { change, at: clock().toISOString() };
        apply(draft, done);
        record = draft;
        made.push(done);
        schedule();
        return Promise.resolve();
      },
    };
  }

  private writeThrough(initial: PreparationRecord, initialETag: string): Session {
    let record = initial;
    let eTag = initialETag;
    const store = this.records;
    const clock = this.clock;
    return {
      get record() {
        return record;
      },
      async update(change) {
        for (let attempt = 0; ; attempt++) {
          const draft = copyJson(record);
          apply(draft, { change, at: clock().toISOString() });
          try {
            eTag = await store.put(draft, eTag);
            record = draft;
            return;
          } catch (error) {
            if (!isAppError(error, 'storage_conflict') || attempt >= maxConflictRetries) throw error;
            const fresh = await store.get(record.id);
            if (!fresh) throw error;
            record = fresh.value;
            eTag = fresh.eTag;
          }
        }
      },
    };
  }
}
