import { randomBytes } from 'node:crypto';
import type { Database } from './database';
import type { Sealer } from './encryption';
import {
  defaultLimits,
  readAfter,
  stamped,
  type ConversationLimits,
  type Created,
  type StreamActivity,
  type StreamPage,
  type StreamStore,
} from './streamStore';

/** Taken while a conversation is made or rebuilt, so the count of streams never passes the cap. */
const roomLock = 'directline:room';
/** Idle streams one sweep statement forgets. */
const sweepBatch = 500;

/**
 * Adds an activity in one statement: the stream's next number, a timestamp after the last one,
 * and what it now holds, counted as the row is locked, so appends from several instances to one
 * stream queue on its row and never share a number. Nothing is added to a stream not held.
 */
const appendSql = `WITH s AS (
    UPDATE directline_streams SET seq = seq + 1, last_at = GREATEST(?::bigint, last_at + 1), used_at = ?::bigint,
      held = held + 1, bytes = bytes + ?::bigint
    WHERE conversation_id = ? AND used_at >= ?::bigint
    RETURNING conversation_id, seq, last_at, held, bytes
  ), added AS (
    INSERT INTO directline_activities (conversation_id, seq, at, body, bytes)
    SELECT conversation_id, seq, last_at, ?::text, ?::integer FROM s
  )
  SELECT seq, last_at, held, bytes FROM s`;

/** The stream and every activity it holds, read and unread, in one snapshot. */
const readSql = `SELECT s.base, s.seq, s.used_at, a.seq AS activity_seq, a.at, a.body
  FROM directline_streams s LEFT JOIN directline_activities a ON a.conversation_id = s.conversation_id
  WHERE s.conversation_id = ? AND s.used_at >= ? ORDER BY a.seq`;

/** Drops what the client has read, and notes the stream was used (never moving that back). */
const readDoneSql = `WITH gone AS (
    DELETE FROM directline_activities WHERE conversation_id = ? AND seq <= ? RETURNING bytes
  )
  UPDATE directline_streams SET held = held - (SELECT COUNT(*) FROM gone),
    bytes = bytes - (SELECT COALESCE(SUM(bytes), 0) FROM gone), used_at = GREATEST(used_at, ?::bigint)
  WHERE conversation_id = ?`;

/**
 * Keeps a stream within its limits: the newest activities that fit in `maxActivities` and
 * `maxStreamBytes`, and the newest one always, as it may be the only copy of the bot's question.
 */
const trimStreamSql = `WITH ranked AS (
    SELECT seq, COUNT(*) OVER newest AS n, SUM(bytes) OVER newest AS b FROM directline_activities
    WHERE conversation_id = ? WINDOW newest AS (ORDER BY seq DESC)
  ), gone AS (
    DELETE FROM directline_activities a USING ranked r
    WHERE a.conversation_id = ? AND a.seq = r.seq AND r.n > 1 AND (r.n > ? OR r.b > ?)
    RETURNING a.bytes
  )
  UPDATE directline_streams SET held = held - (SELECT COUNT(*) FROM gone),
    bytes = bytes - (SELECT COALESCE(SUM(bytes), 0) FROM gone)
  WHERE conversation_id = ? AND EXISTS (SELECT 1 FROM gone)`;

/**
 * Over the budget of all streams together, the oldest unread activities of the least recently
 * used streams go first, until `excess` bytes have gone; the activity just added stays.
 */
const trimBudgetSql = `WITH ranked AS (
    SELECT a.conversation_id, a.seq,
      SUM(a.bytes) OVER (ORDER BY s.used_at, a.conversation_id, a.seq) - a.bytes AS before
    FROM directline_activities a JOIN directline_streams s ON s.conversation_id = a.conversation_id
    WHERE NOT (a.conversation_id = ? AND a.seq = ?)
  ), gone AS (
    DELETE FROM directline_activities a USING ranked r
    WHERE a.conversation_id = r.conversation_id AND a.seq = r.seq AND r.before < ?
    RETURNING a.conversation_id, a.bytes
  )
  UPDATE directline_streams s SET held = s.held - g.n, bytes = s.bytes - g.b
  FROM (SELECT conversation_id, COUNT(*) AS n, SUM(bytes) AS b FROM gone GROUP BY conversation_id) g
  WHERE s.conversation_id = g.conversation_id`;

/** Notes a use, unless the stream is idle (as good as forgotten). */
const touchSql =
  'UPDATE directline_streams SET used_at = GREATEST(used_at, ?) WHERE conversation_id = ? AND used_at >= ?';

/** A new stream, or (when another instance made it meanwhile) a use of that one. */
const insertSql = `INSERT INTO directline_streams (conversation_id, started, base, seq, last_at, used_at)
  VALUES (?, ?, ?, ?, 0, ?)
  ON CONFLICT (conversation_id) DO UPDATE SET used_at = GREATEST(directline_streams.used_at, excluded.used_at)`;

/** What a stream's activities are sealed to: an activity moved to another conversation fails to open. */
const boundTo = (conversationId: string): string => `directline:${conversationId}`;

/**
 * The Direct Line streams in PostgreSQL (migration 5), shared by every instance on the database,
 * so a page's post and its poll may reach different instances: an activity is visible to every
 * instance as soon as its statement has committed, and Web Chat's own polls (every 300 ms) read it
 * from whichever instance they reach, so nothing needs waking. Activities are sealed like every
 * stored document (they hold what the person typed), and held only until the client's watermark
 * passes them, within the limits of the memory store: per stream at once, for every stream
 * together at most `budgetCheckMs` late on each instance (summing every stream on each append
 * would cost more than what it guards). Each operation is one or two statements on their own
 * (autocommit), each waiting only for its own stream's row, never a whole transaction run again
 * because another instance wrote that row meanwhile; most polls only read. Bytes count the
 * activity as posted or sent, before its id and timestamp are added.
 */
export class PostgresStreams implements StreamStore {
  /** A use is written down when the one written is older than this: most polls write nothing. */
  private readonly touchEveryMs: number;
  private readonly budgetCheckMs: number;
  private budgetCheckedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: Database,
    private readonly sealer: Sealer,
    private readonly clock: () => Date,
    private readonly limits: ConversationLimits = defaultLimits,
    options: { budgetCheckMs?: number } = {},
  ) {
    this.touchEveryMs = Math.floor(limits.liveMs / 30);
    this.budgetCheckMs = options.budgetCheckMs ?? 1000;
  }

  async create(): Promise<Created> {
    const id = randomBytes(18).toString('base64url');
    const made = await this.db.exclusive(roomLock, async () => {
      const now = this.now();
      if (!(await this.makeRoom(now))) return false;
      await this.db.write(insertSql, [id, 0, now, now, now]);
      return true;
    });
    return made ? { ok: true, id } : { ok: false, retryAfterSeconds: Math.ceil(this.limits.liveMs / 1000) };
  }

  async attach(id: string): Promise<void> {
    if (await this.touch(id, this.now())) return;
    await this.rebuild(id);
  }

  async start(id: string): Promise<boolean> {
    const now = this.now();
    const started = await this.db.write(
      'UPDATE directline_streams SET started = 1, used_at = GREATEST(used_at, ?) WHERE conversation_id = ? AND started = 0 AND used_at >= ?',
      [now, id, this.idleBefore(now)],
    );
    if (started.changes > 0) return true;
    // Started already, or forgotten while its token lives and started again by the page.
    return this.rebuild(id);
  }

  async append(id: string, activity: Record<string, unknown>): Promise<StreamActivity | undefined> {
    const now = this.now();
    const body = JSON.stringify(activity);
    const bytes = Buffer.byteLength(body);
    const sealed = this.sealer.seal(body, boundTo(id));
    const row = (await this.db.all(appendSql, [now, now, bytes, id, this.idleBefore(now), sealed, bytes]))[0];
    if (!row) return undefined;
    const seq = Number(row.seq);
    const { maxActivities, maxStreamBytes } = this.limits;
    if (Number(row.held) > maxActivities || Number(row.bytes) > maxStreamBytes)
      await this.db.all(trimStreamSql, [id, id, maxActivities, maxStreamBytes, id]);
    await this.keepToBudget(id, seq, now);
    return stamped(id, seq, Number(row.last_at), activity);
  }

  async since(id: string, watermark: string | undefined): Promise<StreamPage | undefined> {
    const now = this.now();
    const rows = await this.db.all(readSql, [id, this.idleBefore(now)]);
    const stream = rows[0];
    if (!stream) return undefined;
    const after = readAfter(watermark, Number(stream.base), Number(stream.seq));
    const activities: StreamActivity[] = [];
    let read = false;
    for (const row of rows) {
      if (row.activity_seq === null) continue;
      const seq = Number(row.activity_seq);
      if (seq <= after) {
        read = true;
        continue;
      }
      const activity = JSON.parse(this.sealer.open(String(row.body), boundTo(id))) as Record<string, unknown>;
      activities.push(stamped(id, seq, Number(row.at), activity));
    }
    if (read || Number(stream.used_at) < now - this.touchEveryMs)
      await this.db.write(readDoneSql, [id, after, now, id]);
    return { activities, watermark: String(stream.seq) };
  }

  async sweep(): Promise<number> {
    const cutoff = this.idleBefore(this.now());
    let forgotten = 0;
    for (;;) {
      // Their activities go with them (ON DELETE CASCADE).
      const { changes } = await this.db.write(
        'DELETE FROM directline_streams WHERE conversation_id IN (SELECT conversation_id FROM directline_streams WHERE used_at < ? ORDER BY used_at LIMIT ?)',
        [cutoff, sweepBatch],
      );
      forgotten += changes;
      if (changes < sweepBatch) return forgotten;
    }
  }

  private async touch(id: string, now: number): Promise<boolean> {
    return (await this.db.write(touchSql, [now, id, this.idleBefore(now)])).changes > 0;
  }

  /**
   * A stream for a conversation whose token lives but whose stream is not held (forgotten when
   * idle, or evicted), started, counting from the clock so it never reuses an activity id or a
   * watermark its page holds. True when this call made it.
   */
  private rebuild(id: string): Promise<boolean> {
    return this.db.exclusive(roomLock, async () => {
      const now = this.now();
      if (await this.touch(id, now)) return false;
      await this.db.write('DELETE FROM directline_streams WHERE conversation_id = ?', [id]);
      // A person is never turned away: if no idle stream can make room, the cap is passed by one.
      await this.makeRoom(now);
      await this.db.write(insertSql, [id, 1, now, now, now]);
      return true;
    });
  }

  /** Frees a slot if one is needed, forgetting the least recently used stream only if nobody is at it. */
  private async makeRoom(now: number): Promise<boolean> {
    const held = Number((await this.db.get('SELECT COUNT(*) AS n FROM directline_streams'))?.n ?? 0);
    if (held < this.limits.maxConversations) return true;
    const evicted = await this.db.write(
      'DELETE FROM directline_streams WHERE conversation_id = (SELECT conversation_id FROM directline_streams WHERE used_at < ? ORDER BY used_at LIMIT 1)',
      [now - this.limits.liveMs],
    );
    return evicted.changes > 0;
  }

  private async keepToBudget(keepId: string, keepSeq: number, now: number): Promise<void> {
    if (now - this.budgetCheckedAt < this.budgetCheckMs) return;
    this.budgetCheckedAt = now;
    const total = Number((await this.db.get('SELECT COALESCE(SUM(bytes), 0) AS b FROM directline_streams'))?.b ?? 0);
    const excess = total - this.limits.maxTotalBytes;
    if (excess > 0) await this.db.all(trimBudgetSql, [keepId, keepSeq, excess]);
  }

  private idleBefore(now: number): number {
    return now - this.limits.idleMs;
  }

  private now(): number {
    return this.clock().getTime();
  }
}
