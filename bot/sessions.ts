import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import { isAppError } from '../plan/appError';
import { newRecord, type PreparationRecord } from '../plan/record';
import type { Session, SessionSource } from '../dialogs/session';
import type { IdentityStore } from '../storage/identityStore';
import type { RecordStore } from '../storage/recordStore';

const sessionKey = Symbol('careprep.session');
const maxConflictRetries = 3;

/** Who the sender is on their channel: the AAD object id on Teams, the user id elsewhere. */
export function channelUserId(context: TurnContext): string {
  const from = context.activity.from;
  return from.aadObjectId ?? from.id;
}

/**
 * Opens the person's record at the start of a turn (creating it on first contact) and keeps it
 * on the turn. Each `update` is a read-modify-write with the record's eTag; if another writer got
 * there first, the change is applied again to the fresh record rather than lost or overwritten.
 */
export class RecordSessions implements SessionSource {
  constructor(
    private readonly records: RecordStore,
    private readonly identities: IdentityStore,
    private readonly clock: () => Date,
  ) {}

  /** Loads or creates the record for the turn's sender and attaches the session to the turn. */
  async open(context: TurnContext): Promise<Session> {
    const channelId = context.activity.channelId;
    const userId = channelUserId(context);
    let loaded = await this.records.getByIdentity(this.identities.keyOf(channelId, userId));
    if (!loaded) {
      const recordId = randomUUID();
      const record = newRecord(recordId, this.clock());
      const eTag = await this.records.put(record, null);
      await this.identities.link(channelId, userId, recordId);
      loaded = { value: record, eTag };
    }
    const session = this.session(loaded.value, loaded.eTag);
    context.turnState.set(sessionKey, session);
    return session;
  }

  get(context: TurnContext): Session {
    const session = context.turnState.get<Session | undefined>(sessionKey);
    if (!session) throw new Error('No session was opened for this turn.');
    return session;
  }

  private session(initial: PreparationRecord, initialETag: string): Session {
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
          const draft = structuredClone(record);
          change(draft);
          const now = clock().toISOString();
          draft.updatedAt = now;
          draft.progress.lastActiveAt = now;
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
