import type { Renderer } from '../content/renderer';
import type { Job, JobStore, ReminderKind } from './jobs';
import { appointmentReminderAt, appointmentReminderDays, decide, type Decision } from './reminderPolicy';
import type { PreparationRecord } from '../plan/record';
import type { CoordinatorStore } from './coordinatorStore';
import type { Invitation, InvitationStore } from './invitationStore';
import type { RecordAccess } from './resultPorts';
import type { Logger } from '../plan/logger';
import { appointmentWords } from './appointment';
import { invitationUrl } from './invitations';
import { NotSent, type CoordinatorSender, type OutboundActivity, type Texter } from './outbound';
import { backoffMs, maxAttempts } from './outboxWorker';

/** What the reminders need. */
export interface ReminderDeps {
  jobs: JobStore;
  invitations: InvitationStore;
  records: Pick<RecordAccess, 'get'>;
  coordinators: CoordinatorStore;
  renderer: Renderer;
  publicUrl: string;
  clock: () => Date;
  logger: Logger;
  /** Sends a text; absent when SMS is not set up. Refuses a number that texted STOP. */
  texter?: Texter;
  teams?: CoordinatorSender;
  /** The part (1–6) the person stopped at, from their record. */
  partOf: (record: PreparationRecord) => number | undefined;
  /** Ties the mobile to the record before a text that says "reply to carry on" (see `tieMobile`). */
  mobiles?: { tie(mobile: string, recordId: string): Promise<boolean> };
}

const batch = 20;
const tickMs = 60_000;
/** A job running longer than this was left by a stopped process: a run takes seconds. */
const interruptedAfterMs = 10 * 60_000;

/**
 * Reminders that fit the appointment, as durable jobs: "your results are ready" when results
 * arrive, and "your appointment is on …" 7 and 2 days before it while the plan is not shared.
 * Each job runs at most once, across restarts; what it does is decided by `decide` (quiet hours,
 * at most three, nothing after sharing) and the texting client (STOP). A text or Teams note the
 * provider certainly did not take (`NotSent`) is tried again with backoff, up to `maxAttempts`
 * tries; one that may have gone (a timeout, a 5xx) never is, so nobody gets the same one twice.
 */
export class Reminders {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: ReminderDeps) {}

  /** Schedules the appointment reminders for a new invitation (none already due, none without a date). */
  async invited(invitation: Pick<Invitation, 'id' | 'appointmentAt'>): Promise<void> {
    if (!invitation.appointmentAt) return;
    const now = this.deps.clock().getTime();
    for (const [kind, days] of Object.entries(appointmentReminderDays) as [ReminderKind, number][]) {
      const due = appointmentReminderAt(invitation.appointmentAt, days);
      if (!due || due.getTime() <= now) continue;
      await this.deps.jobs.schedule({
        id: `${kind}:${invitation.id}`,
        kind,
        invitationId: invitation.id,
        dueAt: due.toISOString(),
      });
    }
  }

  /** Schedules "your results are ready" (once per invitation, however many batches arrive). */
  async resultsArrived(invitationId: string): Promise<void> {
    const dueAt = this.deps.clock().toISOString();
    await this.deps.jobs.schedule({ id: `resultsReady:${invitationId}`, kind: 'resultsReady', invitationId, dueAt });
  }

  /** Runs every due job once; returns how many were finished (sent, skipped or failed). */
  async tick(): Promise<number> {
    await this.settleInterrupted();
    let finished = 0;
    for (const job of await this.deps.jobs.due(this.deps.clock(), batch)) {
      if (!(await this.deps.jobs.claim(job.id, this.deps.clock()))) continue;
      const outcome = await this.run(job).catch((error: unknown) => {
        this.deps.logger.error('reminder_failed', {
          kind: job.kind,
          error: error instanceof Error ? error.name : 'unknown',
        });
        return 'failed';
      });
      if (outcome === undefined) continue;
      await this.deps.jobs.finish(job.id, outcome, this.deps.clock());
      this.deps.logger.info('reminder_done', { kind: job.kind, outcome });
      finished += 1;
    }
    return finished;
  }

  /** What was sent for an invitation, for "my patients". */
  async sentFor(invitationId: string): Promise<{ count: number; last?: string }> {
    const sent = (await this.deps.jobs.forInvitation(invitationId)).filter((job) => job.outcome?.startsWith('sent'));
    return {
      count: sent.length,
      last: sent
        .map((job) => job.doneAt ?? '')
        .sort()
        .at(-1),
    };
  }

  /**
   * Jobs a stopped process (this one before a restart, or another instance) left running are
   * settled, never run again: a reminder is sent at most once.
   */
  private settleInterrupted(): Promise<number> {
    const now = this.deps.clock();
    return this.deps.jobs.settleInterrupted(new Date(now.getTime() - interruptedAfterMs), now);
  }

  /** Settles jobs a stopped process left running, then ticks every minute (the timer never keeps the process alive). */
  async start(intervalMs = tickMs): Promise<void> {
    await this.settleInterrupted();
    const run = (): void => {
      this.running = this.tick().catch((error: unknown) =>
        this.deps.logger.error('reminders_failed', { error: error instanceof Error ? error.name : 'unknown' }),
      );
    };
    this.timer = setInterval(run, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /**
   * A text or Teams note refused (certainly not sent) goes back to wait with the backoff other deliveries use,
   * decided again when due (quiet hours, sharing since); undefined, as it is not finished.
   */
  private async retry(job: Job, now: Date): Promise<undefined> {
    const attempts = job.attempts + 1;
    this.deps.logger.warn('reminder_retry', { kind: job.kind, attempts });
    await this.deps.jobs.retryAt(job.id, new Date(now.getTime() + backoffMs(attempts)));
    return undefined;
  }

  /** Does a claimed job; the outcome to finish it with, or undefined when it was put back to wait. */
  private async run(job: Job): Promise<string | undefined> {
    const now = this.deps.clock();
    const invitation = await this.deps.invitations.get(job.invitationId);
    if (!invitation) return 'skipped:unknown';
    const record = invitation.recordId
      ? ((await this.deps.records.get(invitation.recordId))?.value ?? null)
      : undefined;
    const reference = this.deps.teams ? await this.deps.coordinators.get(invitation.coordinatorId) : null;
    const mobile = invitation.details.mobile;
    const decision: Decision = decide({
      job,
      now,
      sentSoFar: (await this.sentFor(invitation.id)).count,
      record:
        record === undefined || record === null
          ? record
          : { status: record.status, shared: record.shared !== undefined },
      appointmentAt: invitation.appointmentAt,
      canText: mobile !== undefined && this.deps.texter !== undefined,
      canTellCoordinator: reference !== null,
    });
    if (decision.act === 'wait') {
      await this.deps.jobs.postpone(job.id, decision.until);
      return undefined;
    }
    if (decision.act === 'skip') return `skipped:${decision.reason}`;
    const data = {
      name: invitation.details.personName,
      lead: invitation.details.leadName,
      url: invitationUrl(this.deps.publicUrl, invitation.code),
      when: appointmentWords(invitation.appointmentAt),
      part: record ? this.deps.partOf(record) : undefined,
    };
    if (decision.channel === 'sms' && mobile && this.deps.texter) {
      // "Reply to carry on" is said only when a reply will reach their record.
      const replyCarriesOn = record && (this.deps.mobiles ? await this.deps.mobiles.tie(mobile, record.id) : false);
      const key =
        job.kind === 'resultsReady'
          ? 'reminders.sms.resultsReady'
          : record
            ? replyCarriesOn
              ? 'reminders.sms.appointmentStarted'
              : 'reminders.sms.appointmentStartedElsewhere'
            : 'reminders.sms.appointmentNotStarted';
      const sent = await this.deps.texter(mobile, this.deps.renderer.text(key, data, 'sms')).catch(notSent(job));
      if (sent === undefined) return this.retry(job, now);
      return sent.ok ? 'sent:sms' : 'optedOut';
    }
    if (!reference || !this.deps.teams) return 'skipped:unreachable';
    const key = job.kind === 'resultsReady' ? 'reminders.teams.resultsReady' : 'reminders.teams.appointment';
    const activity: OutboundActivity = {
      type: 'message',
      text: this.deps.renderer.text(key, data, 'teams'),
      textFormat: 'markdown',
    };
    const id = await this.deps.teams.send(reference, activity).catch(notSent(job));
    // Sent only once the connector took it: what it refused untaken goes back to wait.
    return id === undefined ? this.retry(job, now) : 'sent:teams';
  }
}

/** A send certainly not taken (`NotSent`) as undefined, to try again, while tries are left; else the error. */
function notSent(job: Job): (error: unknown) => undefined {
  return (error) => {
    if (!(error instanceof NotSent) || job.attempts + 1 >= maxAttempts) throw error;
    return undefined;
  };
}
