import { randomBytes } from 'node:crypto';

/** An activity as it appears in a Direct Line stream: JSON with the fields Web Chat needs. */
export interface StreamActivity {
  id: string;
  type: string;
  timestamp: string;
  conversation: { id: string };
  [key: string]: unknown;
}

/** Limits that keep the in-memory Direct Line bounded whatever clients do. */
export interface ConversationLimits {
  maxConversations: number;
  /** Activities one stream keeps that its client has not yet read. */
  maxActivities: number;
  /** Bytes (as JSON) one stream keeps that its client has not yet read. */
  maxStreamBytes: number;
  /** Bytes all streams together keep; beyond it the least recently used streams are trimmed. */
  maxTotalBytes: number;
  /** A conversation unused for this long is forgotten. */
  idleMs: number;
  /** A conversation used this recently has a person at it: it is never evicted to make room. */
  liveMs: number;
}

/**
 * Defaults sized for one small server. Every open Web Chat page polls (a hidden tab at least
 * once a minute), so five minutes without a poll means nobody is looking. Read activities are
 * dropped as soon as the client's watermark passes them, so a live stream holds only what is in
 * flight; the byte limits bound what unread streams can make the process hold.
 */
export const defaultLimits: ConversationLimits = {
  maxConversations: 10_000,
  maxActivities: 200,
  maxStreamBytes: 256 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  idleMs: 60 * 60_000,
  liveMs: 5 * 60_000,
};

interface Conversation {
  id: string;
  userId: string;
  started: boolean;
  /** The sequence number this incarnation of the stream started after (see `since`). */
  base: number;
  /** Sequence number of the last activity; the watermark Web Chat polls from. */
  seq: number;
  lastTimestamp: number;
  lastUsed: number;
  /** [seq, activity, bytes], oldest first, none the client has read. */
  activities: Array<[number, StreamActivity, number]>;
  bytes: number;
}

/** A new conversation, or why there is no room for one now. */
export type Created = { ok: true; id: string } | { ok: false; retryAfterSeconds: number };

/**
 * The Direct Line conversations of this process, in memory. Only the transcript of the chat
 * window lives here: the person's answers are in sqlite under their user id. A conversation is
 * never evicted while its person is at it: when every slot is live, a new one is refused (the
 * caller answers 429), and a stream forgotten while its token lives (idle, evicted) is rebuilt
 * on its next post or poll rather than failing the person's message.
 */
export class ConversationStreams {
  private readonly conversations = new Map<string, Conversation>();
  private totalBytes = 0;

  constructor(
    private readonly clock: () => Date,
    private readonly limits: ConversationLimits = defaultLimits,
  ) {}

  /** Reserves a new conversation id for a user, if there is room. */
  create(userId: string): Created {
    this.sweep();
    if (!this.makeRoom()) return { ok: false, retryAfterSeconds: Math.ceil(this.limits.liveMs / 1000) };
    const id = randomBytes(18).toString('base64url');
    this.conversations.set(id, this.fresh(id, userId));
    return { ok: true, id };
  }

  /** Known and not expired. */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /**
   * The stream of a conversation a valid token names, rebuilt if it was forgotten (idle,
   * evicted): the token proves it was ours, and the person's record is in sqlite. A rebuilt
   * stream counts as started, so the greeting is not sent again. It may take the place of an
   * idle stream but never of a live one, so a person is never turned away to make room.
   */
  attach(id: string, userId: string): void {
    if (this.get(id)) return;
    this.makeRoom();
    this.conversations.set(id, { ...this.fresh(id, userId), started: true });
  }

  /** Marks the conversation started; true only the first time, so the greeting is sent once. */
  start(id: string, userId: string): boolean {
    let conversation = this.get(id);
    if (!conversation) {
      // A conversation forgotten while its token still lives, started again by the page.
      this.makeRoom();
      conversation = this.fresh(id, userId);
      this.conversations.set(id, conversation);
    }
    if (conversation.started) return false;
    conversation.started = true;
    return true;
  }

  /** Adds an activity to the stream, giving it an id, an increasing timestamp and the conversation. */
  append(id: string, activity: Record<string, unknown>): StreamActivity | undefined {
    const conversation = this.get(id);
    if (!conversation) return undefined;
    conversation.seq += 1;
    const at = Math.max(this.now(), conversation.lastTimestamp + 1);
    conversation.lastTimestamp = at;
    const stored: StreamActivity = {
      ...activity,
      type: typeof activity.type === 'string' ? activity.type : 'message',
      id: `${id}|${String(conversation.seq).padStart(7, '0')}`,
      timestamp: new Date(at).toISOString(),
      conversation: { id },
    };
    const bytes = Buffer.byteLength(JSON.stringify(stored));
    conversation.activities.push([conversation.seq, stored, bytes]);
    this.account(conversation, bytes);
    // The newest activity always stays: it may be the only copy of the bot's question.
    while (
      conversation.activities.length > 1 &&
      (conversation.activities.length > this.limits.maxActivities || conversation.bytes > this.limits.maxStreamBytes)
    )
      this.dropOldest(conversation);
    this.trimToBudget(conversation);
    return stored;
  }

  /**
   * The activities after a watermark, and the new watermark. A watermark is the client saying it
   * has everything up to it, so those activities are dropped. A watermark this incarnation of the
   * stream never gave (from before it was rebuilt) reads the whole stream.
   */
  since(id: string, watermark: string | undefined): { activities: StreamActivity[]; watermark: string } | undefined {
    const conversation = this.get(id);
    if (!conversation) return undefined;
    const given = watermark && /^\d{1,16}$/.test(watermark) ? Number(watermark) : undefined;
    const after = given !== undefined && given >= conversation.base && given <= conversation.seq ? given : 0;
    while (conversation.activities.length > 0 && conversation.activities[0][0] <= after) this.dropOldest(conversation);
    const activities = conversation.activities.map(([, activity]) => activity);
    return { activities, watermark: String(conversation.seq) };
  }

  get size(): number {
    return this.conversations.size;
  }

  /**
   * Forgets every stream unused for `idleMs`, with what it held; returns how many. The map is in
   * least-recently-used order, so this looks at the forgotten ones and one more. Run on each new
   * conversation and by the retention sweep, so a stream nobody comes back to does not wait for
   * its next use (which may never come) to be dropped.
   */
  sweep(): number {
    const now = this.now();
    let forgotten = 0;
    for (const conversation of this.conversations.values()) {
      if (now - conversation.lastUsed <= this.limits.idleMs) break;
      this.forget(conversation);
      forgotten += 1;
    }
    return forgotten;
  }

  /** Bytes held by every stream together. */
  get bytes(): number {
    return this.totalBytes;
  }

  private fresh(id: string, userId: string): Conversation {
    // Sequence numbers start from the clock, so a rebuilt stream never reuses an activity id
    // or a watermark its page already holds.
    const base = this.now();
    return {
      id,
      userId,
      started: false,
      base,
      seq: base,
      lastTimestamp: 0,
      lastUsed: this.now(),
      activities: [],
      bytes: 0,
    };
  }

  private get(id: string): Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    const now = this.now();
    if (now - conversation.lastUsed > this.limits.idleMs) {
      this.forget(conversation);
      return undefined;
    }
    // Re-inserting keeps the map in least-recently-used order for eviction.
    conversation.lastUsed = now;
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Frees a slot if one is needed, evicting the least recently used only if nobody is at it. */
  private makeRoom(): boolean {
    if (this.conversations.size < this.limits.maxConversations) return true;
    const oldest = this.conversations.values().next();
    if (oldest.done || this.now() - oldest.value.lastUsed < this.limits.liveMs) return false;
    this.forget(oldest.value);
    return true;
  }

  private forget(conversation: Conversation): void {
    this.totalBytes -= conversation.bytes;
    this.conversations.delete(conversation.id);
  }

  private dropOldest(conversation: Conversation): void {
    const dropped = conversation.activities.shift();
    if (dropped) this.account(conversation, -dropped[2]);
  }

  private account(conversation: Conversation, bytes: number): void {
    conversation.bytes += bytes;
    this.totalBytes += bytes;
  }

  /** Over the overall budget, unread activities of the least recently used streams go first. */
  private trimToBudget(keep: Conversation): void {
    for (const conversation of this.conversations.values()) {
      if (this.totalBytes <= this.limits.maxTotalBytes) return;
      const floor = conversation === keep ? 1 : 0;
      while (conversation.activities.length > floor && this.totalBytes > this.limits.maxTotalBytes)
        this.dropOldest(conversation);
    }
  }

  private now(): number {
    return this.clock().getTime();
  }
}
