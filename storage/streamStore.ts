import type { Answer } from './answer';

/** An activity as it appears in a Direct Line stream: JSON with the fields Web Chat needs. */
export interface StreamActivity {
  id: string;
  type: string;
  timestamp: string;
  conversation: { id: string };
  [key: string]: unknown;
}

/** What a poll gets: the activities after its watermark, and the watermark to send next. */
export interface StreamPage {
  activities: StreamActivity[];
  watermark: string;
}

/** A new conversation, or why there is no room for one now. */
export type Created = { ok: true; id: string } | { ok: false; retryAfterSeconds: number };

/** Limits that keep the Direct Line's streams bounded whatever clients do. */
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
 * flight; the byte limits bound what unread streams can make the service hold.
 */
export const defaultLimits: ConversationLimits = {
  maxConversations: 10_000,
  maxActivities: 200,
  maxStreamBytes: 256 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  idleMs: 60 * 60_000,
  liveMs: 5 * 60_000,
};

/**
 * Where the built-in Direct Line keeps each conversation's stream (the transcript of the chat
 * window, not the person's answers, which are in their record): in this process's memory for one
 * instance (`memoryStreams.ts`), or in PostgreSQL for any number of instances on one database
 * (`postgresStreams.ts`), so a page's post and its poll may reach different instances. Each
 * activity gets the next number of its conversation's sequence, which is the watermark Web Chat
 * polls from. A conversation is never evicted while its person is at it: when every slot is live,
 * a new one is refused, and a stream forgotten while its token lives (idle, evicted) is rebuilt by
 * `attach` rather than failing the person's message.
 */
export interface StreamStore {
  /** Reserves a new conversation id for a user, if there is room. */
  create(userId: string): Answer<Created>;
  /**
   * Makes sure the stream of a conversation a valid token names exists, rebuilding it if it was
   * forgotten: the token proves it was ours. A rebuilt stream counts as started, so the greeting
   * is not sent again. It may take the place of an idle stream but never of a live one.
   */
  attach(id: string, userId: string): Answer<void>;
  /** Marks the conversation started; true only the first time, so the greeting is sent once. */
  start(id: string, userId: string): Answer<boolean>;
  /** Adds an activity, stamped (see `stamped`); undefined when the stream is not held. */
  append(id: string, activity: Record<string, unknown>): Answer<StreamActivity | undefined>;
  /**
   * The activities after a watermark, and the new watermark; undefined when the stream is not
   * held. A watermark is the client saying it has everything up to it, so those are dropped.
   */
  since(id: string, watermark: string | undefined): Answer<StreamPage | undefined>;
  /** Forgets every stream unused for `idleMs`, with what it held; returns how many. */
  sweep(): Answer<number>;
}

/**
 * The activity as a stream gives it: its id (the conversation and its sequence number), its
 * timestamp, the conversation, and `message` when it named no type.
 */
export function stamped(
  conversationId: string,
  seq: number,
  at: number,
  activity: Record<string, unknown>,
): StreamActivity {
  return {
    ...activity,
    type: typeof activity.type === 'string' ? activity.type : 'message',
    id: `${conversationId}|${String(seq).padStart(7, '0')}`,
    timestamp: new Date(at).toISOString(),
    conversation: { id: conversationId },
  };
}

/**
 * Where a read starts: after the client's watermark if this incarnation of the stream gave it
 * (between `base`, where it started, and `seq`, its last activity), else from the beginning: a
 * watermark from before the stream was rebuilt, or anything that is not one, reads it whole.
 */
export function readAfter(watermark: string | undefined, base: number, seq: number): number {
  const given = watermark && /^\d{1,16}$/.test(watermark) ? Number(watermark) : undefined;
  return given !== undefined && given >= base && given <= seq ? given : 0;
}
