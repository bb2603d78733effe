/** One queued delivery, as stored. `payload` is the caller's JSON, opened from its seal. */
export interface OutboxItem {
  id: number;
  recordId: string;
  payload: string;
  attempts: number;
}

/** Deliveries of one kind waiting to go out, durable across restarts. */
export interface Outbox {
  /** `kind` says what the delivery is ("shared"), kept beside the sealed payload for `sendingFor`. */
  enqueue(recordId: string, payload: string, dueAt: Date, kind?: string): Promise<void>;
  /** Items due at `now`, oldest first. */
  due(now: Date, limit: number): Promise<OutboxItem[]>;
  /**
   * Takes items due at `now`, oldest first, and makes them due again only at `leaseUntil`: while
   * one instance delivers them no other takes them, and if it dies they are delivered after all.
   */
  claimDue(now: Date, limit: number, leaseUntil: Date): Promise<OutboxItem[]>;
  done(id: number): Promise<void>;
  /** False once the item is gone: delivered, or dropped (its record withdrawn or erased) since it was taken. */
  stillQueued(id: number): Promise<boolean>;
  /**
   * Marks a taken item as being sent until `until` (its lease), just before it is handed over; false,
   * marking nothing, once it is gone (as `stillQueued`), so it is not sent.
   */
  startSending(id: number, until: Date): Promise<boolean>;
  /**
   * Whether a delivery for the record (of `kind` only, when given) is being sent now, dropped
   * since or not: it may reach its recipient.
   */
  sendingFor(recordId: string, kind?: string): Promise<boolean>;
  /** Whether a delivery of `kind` for the record is still in the queue: waiting, or being sent. */
  queuedFor(recordId: string, kind: string): Promise<boolean>;
  /** Whether a delivery for the record dropped while it was being sent is still being sent. */
  droppedSendingFor(recordId: string): Promise<boolean>;
  /** Counts a failed attempt and sets when to try again. */
  retryAt(id: number, dueAt: Date): Promise<void>;
  /** Sets when to try again without counting an attempt: nothing failed, the recipient is not there yet. */
  postpone(id: number, dueAt: Date): Promise<void>;
  /**
   * Drops what is still queued for a record (its data was erased), of this outbox's own topic, and
   * of `kind` only when given (older versions of a plan a newer one replaces). One being sent is not
   * sent again, its data gone, but is still seen by `sendingFor` until it is done.
   */
  dropRecord(recordId: string, kind?: string): Promise<number>;
}
