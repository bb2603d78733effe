import type { Row, SqlValue } from './connection';
import type { LockOpening } from './engine';

/** What a turn starts from, read in one statement as its conversation's lock is taken. */
export interface OpenedTurn {
  /** The delivery ledger's rows for the delivery's keys (see `SqlDeliveryLedger.earlierFrom`). */
  deliveries: Row[];
  /** The sender's record (`id`, `etag`, `body`), null when they have none yet. */
  record: Row | null;
  /** The conversation state document (`key`, `etag`, `body`), null when there is none yet. */
  state: Row | null;
}

/**
 * One statement in place of three: the ledger's rows of the delivery, the record linked to the
 * sender's identity and the conversation state document, told apart by `part`. Each part is the
 * read its store makes on its own (`SqlDeliveryLedger.opening`, `SqlRecordStore.getByIdentity`,
 * `SqlStorage.read`), by primary key.
 */
const openingSql = `SELECT 'delivery' AS part, key, NULL AS etag, NULL AS body, replies, handed_over
    FROM processed_activities WHERE key IN (SELECT value FROM json_each(?))
  UNION ALL SELECT 'record', r.id, r.etag, r.body, NULL, NULL
    FROM identities i JOIN records r ON r.id = i.record_id WHERE i.identity = ?
  UNION ALL SELECT 'state', key, etag, body, NULL, NULL FROM documents WHERE key = ?`;

/**
 * The same on PostgreSQL, through the function that takes the conversation's advisory lock first
 * (migration 9), so the lock and the three reads cost one round trip.
 */
const lockingSql = 'SELECT part, key, etag, body, replies, handed_over FROM careprep_lock_then_open(?, ?, ?, ?)';

/**
 * The read a turn makes as its lock is taken: sqlite makes it one trip to the database thread
 * instead of three, PostgreSQL one round trip instead of three. `stateKey` is undefined when the
 * conversation state is not in the database (the benchmark's in-memory comparison).
 */
export function turnOpening(
  deliveryKeys: readonly string[],
  identity: string,
  stateKey: string | undefined,
): LockOpening {
  const params: SqlValue[] = [JSON.stringify(deliveryKeys), identity, stateKey ?? null];
  return { read: { sql: openingSql, params }, lockingRead: { sql: lockingSql, params } };
}

/** The rows of `turnOpening`'s read, each part apart. */
export function openedTurn(rows: readonly Row[]): OpenedTurn {
  const opened: OpenedTurn = { deliveries: [], record: null, state: null };
  for (const { part, key, etag, body, replies, handed_over } of rows) {
    if (part === 'delivery') opened.deliveries.push({ key, replies, handed_over });
    else if (part === 'record') opened.record = { id: key, etag, body };
    else if (part === 'state') opened.state = { key, etag, body };
  }
  return opened;
}
