import { recognizeDateTime } from '@microsoft/recognizers-text-suite';
import { z } from 'zod';
import type { Recognised } from '../plan/recognised';

/** Appointments are put into words in content, with every other date. */
export { appointmentWords } from '../content/dates';

/** What a coordinator gave for the appointment: typed words, or the card's date and time pickers. */
export interface AppointmentInput {
  when?: string;
  date?: string;
  time?: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoTime = /^\d{2}:\d{2}$/;

/**
 * The appointment as local wall-clock time (`YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD` with no time).
 * Typed words ("next Thursday 2pm") go through the date-time recogniser; of the days it offers
 * ("Thursday" is last Thursday or the next one, "5/4" this year's or last year's) the first not yet
 * past wins, at the first time it offers for that day ("at 11" is 11 am before 11 pm). Otherwise the
 * card's pickers are used. Nothing given is fine (undefined); a time already past is not.
 */
export function parseAppointment(
  input: AppointmentInput,
  locale: string | undefined,
  now: Date,
): Recognised<string | undefined> {
  const when = input.when?.trim();
  let value: string | undefined;
  if (when) {
    const culture = (locale ?? 'en-GB').toLowerCase().startsWith('en') ? (locale ?? 'en-GB').toLowerCase() : 'en-gb';
    const found = recognizeDateTime(when, culture, undefined, now);
    const offered = firstTimePerDay(readValues(found[0]?.resolution));
    if (offered.length === 0) return { ok: false, code: 'not_understood' };
    value = offered.find((candidate) => !isPast(candidate, now)) ?? offered[0];
  } else if (input.date && isoDate.test(input.date)) {
    value = input.time && isoTime.test(input.time) ? `${input.date}T${input.time}` : input.date;
  } else if (input.date || input.time) {
    return { ok: false, code: 'not_understood' };
  }
  if (value === undefined) return { ok: true, value: undefined };
  if (isPast(value, now)) return { ok: false, code: 'out_of_range' };
  return { ok: true, value };
}

/** Whether a wall-clock `YYYY-MM-DDTHH:mm` (or a whole day, `YYYY-MM-DD`) is already past at `now`. */
function isPast(value: string, now: Date): boolean {
  const today = localStamp(now);
  return value.length === 10 ? value < today.slice(0, 10) : value < today;
}

/** The values in the recogniser's order, keeping only the first for each day. */
function firstTimePerDay(values: readonly string[]): string[] {
  const days = new Set<string>();
  return values.filter((value) => {
    const day = value.slice(0, 10);
    if (days.has(day)) return false;
    days.add(day);
    return true;
  });
}

const resolutionSchema = z.object({
  values: z.array(z.object({ type: z.string(), value: z.string().optional() }).loose()),
});

/** The recogniser's concrete dates and date-times, in its order, as `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD`. */
function readValues(resolution: unknown): string[] {
  const parsed = resolutionSchema.safeParse(resolution);
  if (!parsed.success) return [];
  return parsed.data.values.flatMap((entry) => {
    const raw = entry.value ?? '';
    if (entry.type === 'datetime' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(raw))
      return [raw.slice(0, 16).replace(' ', 'T')];
    if (entry.type === 'date' && isoDate.test(raw)) return [raw];
    return [];
  });
}

/** `now` as local `YYYY-MM-DDTHH:mm`, to compare with wall-clock appointment times. */
function localStamp(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
