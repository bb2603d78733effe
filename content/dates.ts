/** Dates in words, the one place the service turns a date into something a person reads. */

/** A month's name, as `appointmentWords` gives it. */
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/**
 * An appointment in words ("Thursday 13 March 2025 at 2:00 pm"), from the wall-clock time a coordinator
 * gave (`YYYY-MM-DDTHH:mm`, or a date alone); undefined when there is none or it cannot be read.
 */
export function appointmentWords(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const hasTime = value.length > 10;
  // Stored as wall-clock time: formatted in UTC so the server's own zone cannot shift it.
  const at = new Date(hasTime ? `${value}:00Z` : `${value}T00:00:00Z`);
  if (Number.isNaN(at.getTime())) return undefined;
  const words = new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    ...(hasTime ? { hour: 'numeric', minute: '2-digit', hour12: true } : {}),
    timeZone: 'UTC',
  }).format(at);
  // Always with its year, after the month ("Tuesday 1 January 2030 at 10:30 am"): without it, a
  // visit picked for 2030 by mistake was told as next January's. Asked for with the rest, the
  // year would put a comma after the day's name.
  const month = monthName.format(at);
  return words.replace(month, `${month} ${at.getUTCFullYear()}`);
}

/** The UK day of a timestamp, with the month in full ("March") or short ("Mar"); made once each. */
const ukDay = {
  long: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }),
  short: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'Europe/London',
  }),
};

function ukDayWords(iso: string, month: keyof typeof ukDay): string {
  const at = new Date(iso);
  return Number.isNaN(at.getTime()) ? iso : ukDay[month].format(at);
}

/** The day of an ISO timestamp in words ("3 March 2025"), as it was in the UK. */
export function dayWords(iso: string): string {
  return ukDayWords(iso, 'long');
}

/** The day of an ISO timestamp in short words ("3 Mar 2025"), as it was in the UK, for SMS. */
export function shortDayWords(iso: string): string {
  return ukDayWords(iso, 'short');
}

/** A moment in words as it was in the UK, to the minute ("15:02 on Tuesday 4 March"). */
export function momentWords(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  const part = (options: Intl.DateTimeFormatOptions): string =>
    new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'Europe/London' }).format(at);
  return `${part({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })} on ${part({ weekday: 'long', day: 'numeric', month: 'long' })}`;
}
