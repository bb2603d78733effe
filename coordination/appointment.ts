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
 * Typed words ("next Thursday 2pm") go through the date-time recogniser, first resolution wins;
 * otherwise the card's pickers are used. Nothing given is fine (undefined); a time already past is not.
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
    const resolution: unknown = found[0]?.resolution;
    const first = readFirstValue(resolution);
    if (!first) return { ok: false, code: 'not_understood' };
    value = first;
  } else if (input.date && isoDate.test(input.date)) {
    value = input.time && isoTime.test(input.time) ? `${input.date}T${input.time}` : input.date;
  } else if (input.date || input.time) {
    return { ok: false, code: 'not_understood' };
  }
  if (value === undefined) return { ok: true, value: undefined };
  const today = localStamp(now);
  if (value.length === 10 ? value < today.slice(0, 10) : value < today) return { ok: false, code: 'out_of_range' };
  return { ok: true, value };
}

const resolutionSchema = z.object({
  values: z.array(z.object({ type: z.string(), value: z.string().optional() }).loose()),
});

/** The recogniser's first concrete date or date-time, as `YYYY-MM-DDTHH:mm` or `YYYY-MM-DD`. */
function readFirstValue(resolution: unknown): string | undefined {
  const parsed = resolutionSchema.safeParse(resolution);
  if (!parsed.success) return undefined;
  for (const entry of parsed.data.values) {
    const raw = entry.value ?? '';
    if (entry.type === 'datetime' && /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}/.test(raw))
      return raw.slice(0, 16).replace(' ', 'T');
    if (entry.type === 'date' && isoDate.test(raw)) return raw;
  }
  return undefined;
}

/** `now` as local `YYYY-MM-DDTHH:mm`, to compare with wall-clock appointment times. */
function localStamp(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
