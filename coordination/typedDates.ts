/**
 * Dates a care coordinator types, as the recogniser reads them: what it found and where, and the
 * guard against a day of the month it silently drops. Shared by the visit (a day to come) and the
 * date of tests (a day gone by), which each choose among the days offered.
 */
import { recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { z } from 'zod';

/** A length of time: whole days, or calendar months. */
export type Shift = { days: number } | { months: number };

/**
 * One thing the recogniser read, at `start` to `end` (exclusive) of the typed text: a day (with
 * its offered values, `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`, in the recogniser's order), a time of
 * day (`HH:mm`, in its order), a length of time, or something else (a range, a repeat).
 */
export type Reading = { start: number; end: number; text: string } & (
  | { kind: 'day'; values: string[] }
  | { kind: 'time'; values: string[] }
  | { kind: 'length'; shift: Shift }
  | { kind: 'other' }
);

const valueSchema = z.object({ type: z.string(), timex: z.string().optional(), value: z.string().optional() }).loose();
const resolutionSchema = z.object({ values: z.array(valueSchema) });

/** The recogniser's readings of `text`, each as a day, a time, a length of time or something else. */
export function recogniseDates(text: string, culture: string, now: Date): Reading[] {
  return recognizeDateTime(text, culture, undefined, now).map((found) => {
    const span = { start: found.start, end: found.end + 1, text: found.text };
    const parsed = resolutionSchema.safeParse(found.resolution);
    const values = parsed.success ? parsed.data.values : [];
    const type = values[0]?.type;
    if (type === 'duration') {
      const shift = shiftOf(values[0]);
      return shift ? { ...span, kind: 'length', shift } : { ...span, kind: 'other' };
    }
    if (type === 'time') {
      const times = values.flatMap((v) => (/^\d{2}:\d{2}/.test(v.value ?? '') ? [(v.value ?? '').slice(0, 5)] : []));
      return { ...span, kind: 'time', values: times };
    }
    if (type === 'date' || type === 'datetime') {
      return { ...span, kind: 'day', values: values.flatMap(dayValue) };
    }
    return { ...span, kind: 'other' };
  });
}

/** A date or date-time the recogniser offers, as `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`; "now" is today. */
function dayValue(entry: z.infer<typeof valueSchema>): string[] {
  const raw = entry.value ?? '';
  if (entry.type === 'datetime' && entry.timex === 'PRESENT_REF') return [raw.slice(0, 10)];
  if (entry.type === 'datetime' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(raw))
    return [raw.slice(0, 16).replace(' ', 'T')];
  if (entry.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(raw)) return [raw];
  return [];
}

/**
 * A length of whole days, weeks, months or years. Months and years are calendar ones (the timex,
 * `P3M`); days and weeks come from the seconds, as the timex of "a fortnight" is `P12`.
 */
function shiftOf(entry: z.infer<typeof valueSchema>): Shift | undefined {
  const calendar = /^P(\d+)([MY])$/.exec(entry.timex ?? '');
  if (calendar) return { months: Number(calendar[1]) * (calendar[2] === 'Y' ? 12 : 1) };
  const days = Number(entry.value) / 86_400;
  return Number.isInteger(days) && days > 0 ? { days } : undefined;
}

/** A day of the month typed as an ordinal: "13th", "the 1st". */
const ordinalDay = /\b(\d{1,2})(?:st|nd|rd|th)\b/g;

/**
 * Whether every day of the month typed as an ordinal is the day read (`YYYY-MM-DD…`). The
 * recogniser drops one it cannot place beside a weekday: "Thu 13th 2pm" and "Thursday 13th at
 * 2pm" were read as the coming Thursday, the 6th, and "Wed 13th" (a Thursday) as the coming
 * Wednesday; it reads "on the 31st" in a month after a short one as the 3rd. Such a date is not
 * understood, and the coordinator is shown the forms that work.
 */
export function keepsTypedDays(text: string, read: string): boolean {
  const day = Number(read.slice(8, 10));
  return [...text.matchAll(ordinalDay)].every((match) => Number(match[1]) === day);
}

/** `now` as local `YYYY-MM-DDTHH:mm`, to compare with wall-clock dates and times typed. */
export function localStamp(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** The recogniser's culture for a message's locale: English as given, anything else read as en-GB. */
export function dateCulture(locale: string | undefined): string {
  const given = (locale ?? 'en-GB').toLowerCase();
  return given.startsWith('en') ? given : 'en-gb';
}
