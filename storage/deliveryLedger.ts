import { packBody, unpackBody } from './bodyPacking';
import type { Row } from './connection';
import type { Database, LockSession } from './database';
import type { Sealer } from './encryption';
import type { UnitStep } from './unitOfWork';

/** A delivery processed before, with what its turn said while that may not have reached the person. */
export interface EarlierDelivery {
  /** The turn's replies as stored (JSON), or null once they are known to have gone out. */
  replies: string | null;
  /**
   * How many of the activities those replies went out as (after SMS splitting) were handed to
   * the connector before the instance sending them stopped: a resend starts after them.
   */
  handedOver: number;
  /** The keys it was processed under (a Web Chat resend may bring a new activity id beside them). */
  keys: string[];
}

/** How long sent replies wait for a turn's commit to forget them before a statement of their own does. */
const forgetIdleMs = 5000;

const forgetStatement =
  'UPDATE processed_activities SET replies = NULL WHERE replies IS NOT NULL AND key IN (SELECT value FROM json_each(?))';

const earlierStatement =
  'SELECT key, replies, handed_over FROM processed_activities WHERE key IN (SELECT value FROM json_each(?))';

const handedOverStatement =
  'UPDATE processed_activities SET handed_over = ? WHERE replies IS NOT NULL AND key IN (SELECT value FROM json_each(?))';

/** What a row's sealed replies are bound to, so a copy on another row fails to open. */
const boundTo = (key: string): string => `replies:${key}`;

/**
 * Processed delivery keys, and each turn's replies until they have gone out. The replies commit
 * with the turn, so an instance that dies between its commit and its sends leaves them for the
 * redelivery to send, instead of a dropped duplicate and a person left with no next question.
 * With several instances, each reply is noted as it is handed to the connector (see
 * `handoverNotes`), so the redelivery of a turn whose instance died midway sends only the rest.
 * Once sent they are forgotten: with one instance, by the next turn's commit (no second commit per
 * turn), this process remembering meanwhile that it sent them; with several, by a statement every
 * few seconds for many deliveries at once, or at once when a note of them failed (see
 * `delivered`). Old keys are purged by retention, as redeliveries come within minutes.
 */
export class SqlDeliveryLedger {
  private readonly sent = new Set<string>();
  /** Several instances may share a PostgreSQL database; one sqlite file has one. */
  private readonly shared: boolean;
  private timer: NodeJS.Timeout | undefined;
  private forgetting: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Database,
    private readonly sealer: Sealer,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.shared = db.engine === 'postgres';
  }

  async seen(key: string): Promise<boolean> {
    return (await this.earlier([key])) !== undefined;
  }

  /**
   * The delivery if any of its keys was processed (one read however many keys it has), with its
   * replies unless they went out. Replies that cannot be opened (sealed under a key since
   * replaced) count as gone: the delivery is still dropped.
   */
  async earlier(keys: readonly string[]): Promise<EarlierDelivery | undefined> {
    if (keys.length === 0) return undefined;
    return this.earlierFrom(keys, await this.db.all(earlierStatement, [JSON.stringify(keys)]));
  }

  /**
   * `earlier` from the ledger's rows of the keys: those its own read returns, or those a turn
   * read as its conversation's lock was taken (`turnOpening`).
   */
  earlierFrom(keys: readonly string[], rows: readonly Row[]): EarlierDelivery | undefined {
    if (rows.length === 0) return undefined;
    const found = rows.map((row) => String(row.key));
    // Each key's row had the same replies; one whose notes missed a late key may lag behind.
    const handedOver = Math.max(...rows.map((row) => Number(row.handed_over ?? 0)));
    if (keys.some((key) => this.sent.has(key))) return { replies: null, handedOver, keys: found };
    for (const row of rows) {
      if (typeof row.replies !== 'string') continue;
      try {
        const replies = unpackBody(this.sealer.open(row.replies, boundTo(String(row.key))));
        return { replies, handedOver, keys: found };
      } catch {
        // Unreadable replies are as good as gone; another key's copy may still open.
      }
    }
    return { replies: null, handedOver, keys: found };
  }

  async remember(key: string): Promise<void> {
    await this.db.write('INSERT OR IGNORE INTO processed_activities (key, at) VALUES (?, ?)', [
      key,
      this.clock().toISOString(),
    ]);
  }

  /**
   * Remembers keys as a step of a unit of work, so they commit with what it wrote: one statement
   * however many keys a delivery has.
   */
  rememberStep(keys: readonly string[]): UnitStep {
    return this.turnStep(keys, null).step;
  }

  /**
   * A turn's part of the ledger: a step of its unit of work that remembers its keys and its
   * replies (JSON, or null when it said nothing; packed and sealed like every stored document)
   * and forgets the replies of earlier turns that went out, all in the turn's one commit; and
   * what to call once that commit is made and the replies sent.
   */
  turnStep(
    keys: readonly string[],
    replies: string | null,
  ): { step: UnitStep; sent(session?: LockSession, noted?: boolean): Promise<void> } {
    // With several instances a statement more in every commit costs a round trip: the idle
    // batch forgets there instead (see `delivered`).
    const forgets = this.shared ? [] : [...this.sent];
    const step: UnitStep = async (tx) => {
      if (keys.length > 0) {
        const at = this.clock().toISOString();
        const packed = replies === null ? null : packBody(replies);
        const params = keys.flatMap((key) => [
          key,
          at,
          packed === null ? null : this.sealer.seal(packed, boundTo(key)),
        ]);
        await tx.run(
          `INSERT OR IGNORE INTO processed_activities (key, at, replies) VALUES ${keys.map(() => '(?, ?, ?)').join(', ')}`,
          params,
        );
      }
      if (forgets.length > 0) await tx.run(forgetStatement, [JSON.stringify(forgets)]);
    };
    return {
      step,
      sent: (session, noted) => {
        for (const key of forgets) this.sent.delete(key);
        return this.delivered(keys, session, noted);
      },
    };
  }

  /**
   * With several instances, how to note, as a turn's outgoing activities are handed to the
   * connector, how many have gone: one statement each on the conversation lock's own session,
   * which PostgreSQL runs before it lets the lock go even if this instance dies just after
   * sending it, so a redelivery waiting for the lock at another instance finds the note. Nothing
   * with one instance, whose crash takes every turn with it (a redelivery after the restart sends
   * a committed turn's replies again, all of them), or outside a lock.
   */
  handoverNotes(
    keys: readonly string[],
    session: LockSession | undefined,
  ): ((count: number) => Promise<void>) | undefined {
    if (!this.shared || !session || keys.length === 0) return undefined;
    const list = JSON.stringify(keys);
    return async (count) => {
      await session.write(handedOverStatement, [count, list]);
    };
  }

  /**
   * Notes that a delivery's replies went out. With one instance, this process remembers it until
   * the next turn's commit forgets them (or, with no turn for a while, a statement of their own).
   * With several, a redelivery may be waiting at another instance for this turn's lock. When every
   * send was `noted` (see `handoverNotes`), it finds them all counted and sends none, so they are
   * forgotten later, many deliveries in one statement, sparing each turn a round trip. Otherwise
   * they are forgotten at once, before the lock is let go: through the lock's session when there
   * is one, which does not wait for the disk, as losing the commit in a crash would at worst send
   * them again.
   */
  async delivered(keys: readonly string[], session?: LockSession, noted = false): Promise<void> {
    if (this.shared && keys.length > 0 && !noted) {
      try {
        if (session) await session.write(forgetStatement, [JSON.stringify(keys)]);
        else
          await this.db.transaction(async (tx) => {
            await tx.run('SET LOCAL synchronous_commit TO OFF');
            await tx.run(forgetStatement, [JSON.stringify(keys)]);
          });
        return;
      } catch {
        // Remembered here and forgotten later instead.
      }
    }
    for (const key of keys) this.sent.add(key);
    if (this.sent.size > 0) this.timer ??= setTimeout(() => void this.forget(), forgetIdleMs).unref();
  }

  /** Forgets the replies of every delivery noted as sent, in one statement. */
  forget(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    const keys = [...this.sent];
    if (keys.length === 0) return this.forgetting;
    this.forgetting = this.forgetting
      .then(() => this.db.write(forgetStatement, [JSON.stringify(keys)]))
      .then(
        () => keys.forEach((key) => this.sent.delete(key)),
        // Kept in memory and tried again later; a redelivery meanwhile is dropped here.
        () => {
          this.timer ??= setTimeout(() => void this.forget(), forgetIdleMs).unref();
        },
      );
    return this.forgetting;
  }
}
