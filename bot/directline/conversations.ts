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
  maxActivities: number;
  /** A conversation unused for this long is forgotten. */
  idleMs: number;
}

/** Defaults sized for one small server: a few MB at most. */
export const defaultLimits: ConversationLimits = {
  maxConversations: 10_000,
  maxActivities: 500,
  idleMs: 60 * 60_000,
};

interface Conversation {
  id: string;
  userId: string;
  started: boolean;
  /** Sequence number of the last activity; the watermark Web Chat polls from. */
  seq: number;
  lastTimestamp: number;
  lastUsed: number;
  /** [seq, activity], oldest first. */
  activities: Array<[number, StreamActivity]>;
}

/**
 * The Direct Line conversations of this process, in memory. Only the transcript of the chat
 * window lives here: the person's answers are in sqlite under their user id, so a forgotten
 * conversation loses nothing but scrollback. Least recently used conversations are dropped first.
 */
export class ConversationStreams {
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    private readonly clock: () => Date,
    private readonly limits: ConversationLimits = defaultLimits,
  ) {}

  /** Reserves a new conversation id for a user. */
  create(userId: string): string {
    const id = randomBytes(18).toString('base64url');
    this.put({ id, userId, started: false, seq: 0, lastTimestamp: 0, lastUsed: this.now(), activities: [] });
    return id;
  }

  /** Known and not expired. */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Marks the conversation started; true only the first time, so the greeting is sent once. */
  start(id: string, userId: string): boolean {
    let conversation = this.get(id);
    if (!conversation) {
      // A conversation forgotten while its token still lives (idle, restart of the stream) starts again.
      conversation = { id, userId, started: false, seq: 0, lastTimestamp: 0, lastUsed: this.now(), activities: [] };
      this.put(conversation);
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
    conversation.activities.push([conversation.seq, stored]);
    if (conversation.activities.length > this.limits.maxActivities) conversation.activities.shift();
    return stored;
  }

  /** The activities after a watermark, and the new watermark. */
  since(id: string, watermark: string | undefined): { activities: StreamActivity[]; watermark: string } | undefined {
    const conversation = this.get(id);
    if (!conversation) return undefined;
    const after = watermark && /^\d{1,10}$/.test(watermark) ? Number(watermark) : 0;
    const activities = conversation.activities.filter(([seq]) => seq > after).map(([, activity]) => activity);
    return { activities, watermark: String(Math.max(after, conversation.seq)) };
  }

  get size(): number {
    return this.conversations.size;
  }

  private get(id: string): Conversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    const now = this.now();
    if (now - conversation.lastUsed > this.limits.idleMs) {
      this.conversations.delete(id);
      return undefined;
    }
    // Re-inserting keeps the map in least-recently-used order for eviction.
    conversation.lastUsed = now;
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  private put(conversation: Conversation): void {
    this.conversations.set(conversation.id, conversation);
    while (this.conversations.size > this.limits.maxConversations) {
      const oldest = this.conversations.keys().next();
      if (oldest.done) break;
      this.conversations.delete(oldest.value);
    }
  }

  private now(): number {
    return this.clock().getTime();
  }
}
