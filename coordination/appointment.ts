import type { Recognised } from '../plan/recognised';
import { isPast, readTypedAppointment, type AppointmentPhrases } from './typedAppointment';
import { dateCulture } from './typedDates';

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
 * Typed words ("next Thursday 2pm", "in 2 weeks", "a week on Friday") are read as the visit to
 * come (see `readTypedAppointment`); otherwise the card's pickers are used. Nothing given is fine
 * (undefined); a time already past is not.
 */
export function parseAppointment(
  input: AppointmentInput,
  locale: string | undefined,
  now: Date,
  phrases: AppointmentPhrases,
): Recognised<string | undefined> {
  const when = input.when?.trim();
  let value: string | undefined;
  if (when) {
    const typed = readTypedAppointment(when, dateCulture(locale), now, phrases);
    if (!typed.ok) return typed;
    value = typed.value;
  } else if (input.date && isoDate.test(input.date)) {
    value = input.time && isoTime.test(input.time) ? `${input.date}T${input.time}` : input.date;
  } else if (input.date || input.time) {
    return { ok: false, code: 'not_understood' };
  }
  if (value === undefined) return { ok: true, value: undefined };
  if (isPast(value, now)) return { ok: false, code: 'out_of_range' };
  return { ok: true, value };
}

/** A visit as read (`YYYY-MM-DDTHH:mm` or `YYYY-MM-DD`) as the card's date and time pickers give it. */
export function pickerFields(value: string | undefined): { date?: string; time?: string } {
  if (!value) return {};
  return value.length > 10 ? { date: value.slice(0, 10), time: value.slice(11, 16) } : { date: value };
}
