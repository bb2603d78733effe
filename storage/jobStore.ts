import { z } from 'zod';
import type { Job, JobStore } from '../coordination/jobs';
import type { Database, Row } from './database';

const jobKind = z.enum(['resultsReady', 'appointmentWeek', 'appointmentDays']);
const jobState = z.enum(['pending', 'running', 'done']);

/** Jobs in sqlite (migration 10). Holds no personal data: ids, kinds, times and outcomes only. */
export class SqlJobStore implements JobStore {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async schedule(job: Pick<Job, 'id' | 'kind' | 'invitationId' | 'dueAt'>): Promise<boolean> {
    const added = await this.db.write(
      'INSERT OR IGNORE INTO jobs (id, kind, invitation_id, due_at, created_at) VALUES (?, ?, ?, ?, ?)',
      [job.id, job.kind, job.invitationId, job.dueAt, this.clock().toISOString()],
    );
    return added.changes > 0;
  }

  async due(now: Date, limit: number): Promise<Job[]> {
    const rows = await this.db.all(
      "SELECT * FROM jobs WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?",
      [now.toISOString(), limit],
    );
    return rows.map(jobOf);
  }

  async claim(id: string, now: Date): Promise<boolean> {
    const claimed = await this.db.write(
      "UPDATE jobs SET state = 'running', claimed_at = ? WHERE id = ? AND state = 'pending'",
      [now.toISOString(), id],
    );
    return claimed.changes === 1;
  }

  async finish(id: string, outcome: string, now: Date): Promise<void> {
    await this.db.write("UPDATE jobs SET state = 'done', outcome = ?, done_at = ? WHERE id = ?", [
      outcome,
      now.toISOString(),
      id,
    ]);
  }

  async postpone(id: string, dueAt: Date): Promise<void> {
    await this.db.write(
      "UPDATE jobs SET state = 'pending', due_at = ?, claimed_at = NULL WHERE id = ? AND state = 'running'",
      [dueAt.toISOString(), id],
    );
  }

  async retryAt(id: string, dueAt: Date): Promise<void> {
    await this.db.write(
      "UPDATE jobs SET state = 'pending', due_at = ?, claimed_at = NULL, attempts = attempts + 1 WHERE id = ? AND state = 'running'",
      [dueAt.toISOString(), id],
    );
  }

  async settleInterrupted(claimedBefore: Date, now: Date): Promise<number> {
    const settled = await this.db.write(
      "UPDATE jobs SET state = 'done', outcome = 'interrupted', done_at = ? WHERE state = 'running' AND claimed_at < ?",
      [now.toISOString(), claimedBefore.toISOString()],
    );
    return settled.changes;
  }

  async forInvitation(invitationId: string): Promise<Job[]> {
    const rows = await this.db.all('SELECT * FROM jobs WHERE invitation_id = ? ORDER BY due_at, id', [invitationId]);
    return rows.map(jobOf);
  }
}

function jobOf(row: Row): Job {
  return {
    id: String(row.id),
    kind: jobKind.parse(row.kind),
    invitationId: String(row.invitation_id),
    dueAt: String(row.due_at),
    state: jobState.parse(row.state),
    outcome: row.outcome === null ? undefined : String(row.outcome),
    doneAt: row.done_at === null ? undefined : String(row.done_at),
    attempts: Number(row.attempts ?? 0),
  };
}
