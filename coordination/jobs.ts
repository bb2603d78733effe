/** The reminders Careprep sends about an invitation. */
export type ReminderKind = 'resultsReady' | 'appointmentWeek' | 'appointmentDays';

/** A scheduled job, as stored. */
export interface Job {
  /** Deterministic (`appointmentWeek:<invitation>`), so scheduling the same job twice adds it once. */
  id: string;
  kind: ReminderKind;
  invitationId: string;
  dueAt: string;
  state: 'pending' | 'running' | 'done';
  /** How it ended: `sent:sms`, `sent:teams`, `skipped:shared`, `skipped:limit`, `optedOut`, `interrupted`, ... */
  outcome?: string;
  doneAt?: string;
  /** Tries the provider refused (nothing sent: a text, or a note in Teams), each followed by a later one (`retryAt`). */
  attempts: number;
}

/**
 * Durable jobs: they survive restarts, and each runs at most once. A runner claims a pending job
 * (one conditional update, so two runners cannot both take it), does it, and finishes it. A job
 * left running by a process that stopped is never run again: a reminder missed is better than
 * the same text twice. Plain columns and single-row conditional updates only, so the store can
 * move to PostgreSQL (`FOR UPDATE SKIP LOCKED` for `due`) without changing this contract.
 */
export interface JobStore {
  /** Adds a job unless one with its id exists; true when added. */
  schedule(job: Pick<Job, 'id' | 'kind' | 'invitationId' | 'dueAt'>): Promise<boolean>;
  /** Pending jobs due at `now`, soonest first. */
  due(now: Date, limit: number): Promise<Job[]>;
  /** Takes a pending job; false when it was taken or finished already. */
  claim(id: string, now: Date): Promise<boolean>;
  finish(id: string, outcome: string, now: Date): Promise<void>;
  /** Puts a claimed job back to wait until `dueAt` (quiet hours). */
  postpone(id: string, dueAt: Date): Promise<void>;
  /** Puts a claimed job whose send was refused back to wait until `dueAt`, counting the try. */
  retryAt(id: string, dueAt: Date): Promise<void>;
  /**
   * Finishes as `interrupted` every job still running that was claimed before `claimedBefore`
   * (its process stopped: a run takes seconds), at `now`; returns how many. Jobs other instances
   * are running now are left alone.
   */
  settleInterrupted(claimedBefore: Date, now: Date): Promise<number>;
  /** An invitation's jobs, oldest first. */
  forInvitation(invitationId: string): Promise<Job[]>;
}
