import type { Job, ReminderKind } from './jobs';

/** No more reminders than this per invitation, whatever happens. */
export const maxReminders = 3;
/** Texts go out from 09:00 to 20:00, UK time; never in the quiet hours between. */
export const sendingHours = { from: 9, until: 20 } as const;
/** Appointment reminders go at this hour (UK), 7 and 2 days before. */
export const reminderHour = 10;
export const appointmentReminderDays: Readonly<Record<Exclude<ReminderKind, 'resultsReady'>, number>> = {
  appointmentWeek: 7,
  appointmentDays: 2,
};

const uk = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** A moment's UK wall-clock date and hour. */
function ukParts(at: Date): { y: number; m: number; d: number; hour: number } {
  const parts = Object.fromEntries(uk.formatToParts(at).map((p) => [p.type, p.value]));
  return { y: Number(parts.year), m: Number(parts.month), d: Number(parts.day), hour: Number(parts.hour) };
}

/** The instant it is `hour`:00 in the UK on a UK calendar day (GMT or BST, whichever applies). */
export function ukTime(y: number, m: number, d: number, hour: number): Date {
  const guess = Date.UTC(y, m - 1, d, hour);
  // The UK is UTC or one hour ahead: read the guess back and take off the difference.
  const shown = ukParts(new Date(guess)).hour;
  return new Date(guess - ((shown - hour + 24) % 24) * 3_600_000);
}

/** `at` if texts may go then, otherwise the next 09:00 UK time. */
export function nextSendable(at: Date): Date {
  const { y, m, d, hour } = ukParts(at);
  if (hour >= sendingHours.from && hour < sendingHours.until) return at;
  if (hour < sendingHours.from) return ukTime(y, m, d, sendingHours.from);
  const tomorrow = new Date(Date.UTC(y, m - 1, d + 1));
  return ukTime(tomorrow.getUTCFullYear(), tomorrow.getUTCMonth() + 1, tomorrow.getUTCDate(), sendingHours.from);
}

/** When an appointment reminder is due: `days` before the appointment's day, at 10:00 UK. */
export function appointmentReminderAt(appointmentAt: string, days: number): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(appointmentAt);
  if (!match) return undefined;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) - days));
  return ukTime(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), reminderHour);
}

/** What a reminder is about: the invitation and the person's record as they stand now. */
export interface ReminderFacts {
  job: Job;
  now: Date;
  /** Reminders already sent for this invitation. */
  sentSoFar: number;
  /** The record: null once erased, undefined while the code is unused. */
  record: { status: string; shared: boolean } | null | undefined;
  appointmentAt?: string;
  /** A mobile on the invitation and SMS set up. */
  canText: boolean;
  /** The coordinator can be reached in Teams. */
  canTellCoordinator: boolean;
}

export type Decision =
  | { act: 'send'; channel: 'sms' | 'teams' }
  | { act: 'wait'; until: Date }
  | { act: 'skip'; reason: 'shared' | 'erased' | 'limit' | 'past' | 'unreachable' };

/**
 * Whether a due reminder goes now, waits or is dropped: nothing once the plan is shared or the
 * record erased, nothing after three, nothing about an appointment already past, never in the
 * quiet hours (a text then waits until 09:00), by SMS when there is a mobile and otherwise to
 * the coordinator in Teams. An opt-out (STOP) is honoured by the texting client itself.
 */
export function decide(facts: ReminderFacts): Decision {
  const { job, now, record } = facts;
  if (record === null) return { act: 'skip', reason: 'erased' };
  if (record?.shared || record?.status === 'shared') return { act: 'skip', reason: 'shared' };
  if (facts.sentSoFar >= maxReminders) return { act: 'skip', reason: 'limit' };
  if (job.kind !== 'resultsReady' && facts.appointmentAt) {
    // The day after the appointment's day has begun: a reminder now would only confuse.
    const dayAfter = appointmentReminderAt(facts.appointmentAt, -1);
    if (dayAfter && now.getTime() >= dayAfter.getTime() - reminderHour * 3_600_000)
      return { act: 'skip', reason: 'past' };
  }
  if (facts.canText) {
    const when = nextSendable(now);
    return when.getTime() > now.getTime() ? { act: 'wait', until: when } : { act: 'send', channel: 'sms' };
  }
  return facts.canTellCoordinator ? { act: 'send', channel: 'teams' } : { act: 'skip', reason: 'unreachable' };
}
