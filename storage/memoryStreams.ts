import { randomBytes } from 'node:crypto';
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

/**
 * The Direct Line streams of this process, in memory: for one instance (sqlite), where nothing
 * else needs to see them. Its answers come at once. Only the transcript of the chat window lives
 * here: the person's answers are in their record.
 */
export class ConversationStreams implements StreamStore {
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

  attach(id: string, userId: string): void {
    if (this.get(id)) return;
    this.makeRoom();
    this.conversations.set(id, { ...this.fresh(id, userId), started: true });
  }

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

  /** Gives the activity an id, a strictly increasing timestamp and the conversation. */
  append(id: string, activity: Record<string, unknown>): StreamActivity | undefined {
    const conversation = this.get(id);
    if (!conversation) return undefined;
    conversation.seq += 1;
    const at = Math.max(this.now(), conversation.lastTimestamp + 1);
    conversation.lastTimestamp = at;
    const stored = stamped(id, conversation.seq, at, activity);
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

  since(id: string, watermark: string | undefined): StreamPage | undefined {
    const conversation = this.get(id);
    if (!conversation) return undefined;
    const after = readAfter(watermark, conversation.base, conversation.seq);
    while (conversation.activities.length > 0 && conversation.activities[0][0] <= after) this.dropOldest(conversation);
    const activities = conversation.activities.map(([, activity]) => activity);
    return { activities, watermark: String(conversation.seq) };
  }

  get size(): number {
    return this.conversations.size;
  }

  /**
   * The map is in least-recently-used order, so this looks at the forgotten ones and one more.
   * Run on each new conversation and by the retention sweep, so a stream nobody comes back to
   * does not wait for its next use (which may never come) to be dropped.
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
