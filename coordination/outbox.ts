/** One queued delivery, as stored. `payload` is the caller's JSON, opened from its seal. */
export interface OutboxItem {
  id: number;
  recordId: string;
  payload: string;
  attempts: number;
}

/** Deliveries of one kind waiting to go out, durable across restarts. */
export interface Outbox {
  enqueue(recordId: string, payload: string, dueAt: Date): Promise<void>;
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
  /** Counts a failed attempt and sets when to try again. */
  retryAt(id: number, dueAt: Date): Promise<void>;
  /** Sets when to try again without counting an attempt: nothing failed, the recipient is not there yet. */
  postpone(id: number, dueAt: Date): Promise<void>;
  /** Drops what is still queued for a record (its data was erased), of this outbox's own kind. */
  dropRecord(recordId: string): Promise<number>;
}
