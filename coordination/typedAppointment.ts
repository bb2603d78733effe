import { z } from 'zod';
import { loadYaml } from '../content/catalogue';
import { fail, ok, type Recognised } from '../plan/recognised';
import { keepsTypedDays, localStamp, recogniseDates, type Reading, type Shift } from './typedDates';

const word = z.string().regex(/^[a-z]+$/, 'one lower-case word');

/** The words around a typed visit date that the recogniser leaves unread (`content/teams/appointment.yaml`). */
export const appointmentPhrasesSchema = z.strictObject({
  weekAfterDay: z.array(word).min(1),
  lengthThenDay: z.array(word).min(1),
  fromToday: z.array(word).min(1),
  changesTheDay: z.array(word).min(1),
});
export type AppointmentPhrases = z.infer<typeof appointmentPhrasesSchema>;

/** The phrases from `content/teams/appointment.yaml`. */
export function loadAppointmentPhrases(): AppointmentPhrases {
  return loadYaml('teams/appointment.yaml', appointmentPhrasesSchema);
}

/** A word the recogniser did not read, where it stands in the typed text. */
interface Word {
  word: string;
  start: number;
  end: number;
}

/**
 * The visit a coordinator typed, as local wall-clock time (`YYYY-MM-DDTHH:mm`, or `YYYY-MM-DD`),
 * not yet checked against `now`. Of the days the recogniser offers ("Thursday" is last Thursday
 * or the next one) the first not yet past wins, at the first time it offers for that day ("at
 * 11" is 11 am before 11 pm). A length of time counts from today ("in 2 weeks"), or from the day
 * named after it ("a week on Friday", "a week today") or before "week" ("Friday week"), that day
 * being the first not before today. Anything whose day is unclear, or which has words left
 * unread that would change the day, is not understood rather than guessed.
 */
export function readTypedAppointment(
  typed: string,
  culture: string,
  now: Date,
  phrases: AppointmentPhrases,
): Recognised<string> {
  const text = typed.toLowerCase();
  const readings = readAll(text, culture, now, phrases);
  const words = unreadWords(text, readings);
  const lengths = readings.filter((r) => r.kind === 'length');
  const today = localStamp(now).slice(0, 10);
  const length = lengths[0];
  const ordinal = length ? undefined : unreadOrdinal(text, readings);
  const day = dayOfMonth(
    readings.find((r) => r.kind === 'day'),
    ordinal,
    today,
  );
  if (lengths.length > 1 || readings[0]?.kind === 'other') return fail('not_understood');
  const time = timeTyped(text, readings, day, ordinal);
  if (!time.ok) return time;
  const accounted = new Set<Word>();
  let shift: Shift | undefined;

  if (length) {
    // "a week after Friday" is read as a range after Friday: not a day.
    if (readings.some((r) => r.kind === 'other')) return fail('not_understood');
    shift = length.shift;
    if (day) {
      // "Friday in 2 weeks": which Friday is meant is unclear.
      if (day.start < length.end) return fail('not_understood');
      const between = words.filter((w) => w.start >= length.end && w.end <= day.start);
      if (!between.every((w) => phrases.lengthThenDay.includes(w.word))) return fail('not_understood');
      between.forEach((w) => accounted.add(w));
      const counted = words.some((w) => w.end <= length.start && phrases.fromToday.includes(w.word));
      if (counted && firstDayFrom(day.values, today).slice(0, 10) !== today) return fail('not_understood');
    }
  } else if (day) {
    const next = words.find((w) => w.start >= day.end);
    if (next && phrases.weekAfterDay.includes(next.word) && text.slice(day.end, next.start).trim() === '') {
      shift = { days: 7 };
      accounted.add(next);
    }
  }
  if (words.some((w) => !accounted.has(w) && phrases.changesTheDay.includes(w.word))) return fail('not_understood');

  const at = time.value === undefined ? '' : `T${time.value}`;
  let offered: string[];
  if (day) {
    offered = firstTimePerDay(inWorkingDay(day.values, day.text));
    if (at && offered.every((value) => value.length === 10)) offered = offered.map((value) => `${value}${at}`);
  } else if (shift) {
    offered = [`${today}${at}`];
  } else {
    return fail('not_understood');
  }
  if (offered.length === 0) return fail('not_understood');
  const read = shift
    ? shifted(firstDayFrom(offered, today), shift)
    : (offered.find((candidate) => !isPast(candidate, now)) ?? offered[0]);
  return keepsTypedDays(text, read) ? ok(read) : fail('not_understood');
}

/** A day the recogniser read, or one built from a day of the month it left unread. */
type DayReading = Extract<Reading, { kind: 'day' }>;

/** A day of the month typed as an ordinal ("12th"), where the recogniser left it unread. */
interface Ordinal {
  date: number;
  start: number;
  end: number;
  text: string;
}

/** A day of the month typed as an ordinal that no reading holds ("wed 12th", "11th at 2"): the first one. */
function unreadOrdinal(text: string, readings: readonly Reading[]): Ordinal | undefined {
  for (const match of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)\b/g)) {
    const [start, end] = [match.index, match.index + match[0].length];
    if (!readings.some((r) => start < r.end && end > r.start))
      return { date: Number(match[1]), start, end, text: match[0] };
  }
  return undefined;
}

/**
 * The day meant, where the recogniser left a day of the month unread: that day, the first to come
 * (this month's, or next month's once it is past), when nothing else names a day ("11th at 2"), or
 * when a weekday alone does and it is that weekday ("wed 12th", 12 March being a Wednesday). Any
 * other reading is returned as it is, for `keepsTypedDays` to refuse a weekday and date that differ.
 */
function dayOfMonth(read: Reading | undefined, ordinal: Ordinal | undefined, today: string): DayReading | undefined {
  const day = read?.kind === 'day' ? read : undefined;
  if (!ordinal) return day;
  const [year, month, date] = today.split('-').map(Number);
  const candidate = new Date(Date.UTC(year, month - 1 + (ordinal.date < date ? 1 : 0), ordinal.date));
  if (candidate.getUTCDate() !== ordinal.date) return day;
  const value = candidate.toISOString().slice(0, 10);
  const built = { kind: 'day' as const, start: ordinal.start, end: ordinal.end, text: ordinal.text, values: [value] };
  if (!day) return built;
  const weekdays = new Set(day.values.map((v) => new Date(`${v.slice(0, 10)}T00:00:00Z`).getUTCDay()));
  const weekdayOnly = weekdays.size === 1 && day.values.every((v) => v.length === 10);
  return weekdayOnly && weekdays.has(candidate.getUTCDay())
    ? { ...built, start: Math.min(day.start, ordinal.start), end: Math.max(day.end, ordinal.end), text: day.text }
    : day;
}
/**
 * The hours a visit is held in, for a time typed with no am or pm: "at 2" is 2 pm and "at 11" is
 * 11 am, as a visit at 2 in the morning is never meant. A time said so ("2.30am", "02:30", "19:30")
 * is kept as said.
 */
const workingDay = { from: 7, to: 19 };

const hourOf = (value: string): number => Number(value.slice(-5, -3));
const inHours = (hour: number): boolean => hour >= workingDay.from && hour < workingDay.to;

/**
 * The values the recogniser offers for a time with no am or pm (it offers both, 12 hours apart),
 * less the one outside the working day where the other is in it. A time typed with a leading
 * zero ("02:30") is a 24-hour time, said so: every value stays.
 */
function inWorkingDay(values: readonly string[], typed: string): string[] {
  if (/\b0\d[:.]\d{2}\b/.test(typed)) return [...values];
  return values.filter((value) => {
    if (value.length === 10 || inHours(hourOf(value))) return true;
    const other = (hourOf(value) + 12) % 24;
    const partner = `${value.slice(0, -5)}${String(other).padStart(2, '0')}${value.slice(-3)}`;
    return !(values.includes(partner) && inHours(other));
  });
}

/** A time typed as the recogniser leaves it unread: "10.30", "9", "2.15pm". */
const looseTime = /^(\d{1,2})(?:[.:](\d{2}))?\s?([ap])?\.?(?:m\.?)?$/;

/**
 * The time of day typed (`HH:mm`), undefined where none was or the day's reading holds it. A
 * number the recogniser left unread is read as a time when it is one ("10.30 on Friday", "next
 * wed 9": a bare hour only straight after the day, or after "at"), each in the working day unless
 * am or pm is said. Any other number unread, or one beside a time already read ("at 9 30"), is a
 * time not understood: the coordinator is told, never the day kept alone.
 */
function timeTyped(
  text: string,
  readings: readonly Reading[],
  day: DayReading | undefined,
  ordinal: Ordinal | undefined,
): Recognised<string | undefined> {
  const read = readings.find((r) => r.kind === 'time');
  const fromReading = read?.kind === 'time' ? inWorkingDay(read.values, read.text)[0] : undefined;
  // A number is read only when wholly inside a reading of a day, time or length ("25:00" was read
  // as 5:00; "1030" as the year 1030, which names no day and was passed over).
  const inside = (start: number, end: number, span: { start: number; end: number }): boolean =>
    start >= span.start && end <= span.end;
  const covered = (start: number, end: number): boolean =>
    readings.some((r) => r.kind !== 'other' && inside(start, end, r)) ||
    (ordinal !== undefined && inside(start, end, ordinal));
  const loose = [...text.matchAll(/\d+(?:[.:]\d+)*(?:\s?[ap]\.?m\b\.?)?/g)].filter(
    (m) => !covered(m.index, m.index + m[0].length),
  );
  if (loose.length === 0) return ok(fromReading);
  const [number] = loose;
  const dayHasTime = day?.values.some((value) => value.length > 10) ?? false;
  const shape = looseTime.exec(number[0]);
  if (loose.length > 1 || read || dayHasTime || !shape) return fail('time_not_understood');
  const [, hours, minutes, half] = shape;
  const before = day ? text.slice(day.end, number.index) : '';
  const besideDay = day !== undefined && number.index >= day.end && /^\s*(?:at\s+)?$/.test(before);
  if (minutes === undefined && half === undefined && !besideDay) return fail('time_not_understood');
  const hour = Number(hours);
  const minute = Number(minutes ?? 0);
  if (minute > 59 || hour > 23 || (half !== undefined && (hour === 0 || hour > 12))) return fail('time_not_understood');
  let at = hour;
  if (half === 'p' && hour < 12) at = hour + 12;
  else if (half === 'a' && hour === 12) at = 0;
  else if (half === undefined && !hours.startsWith('0') && hour >= 1 && hour <= 12 && !inHours(hour)) at = hour + 12;
  return ok(`${String(at).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
}

/** Whether a wall-clock `YYYY-MM-DDTHH:mm` (or a whole day, `YYYY-MM-DD`) is already past at `now`. */
export function isPast(value: string, now: Date): boolean {
  const today = localStamp(now);
  return value.length === 10 ? value < today.slice(0, 10) : value < today;
}

/**
 * What the recogniser reads in `text`, in order. It reads "a week from today" as tomorrow (and "2
 * weeks from tomorrow" as 2 weeks from today), so a day it built from a length "from" a day is read
 * again as the length and the day, for the caller to add up.
 */
function readAll(text: string, culture: string, now: Date, phrases: AppointmentPhrases): Reading[] {
  return recogniseDates(text, culture, now).flatMap((reading) => {
    if (reading.kind !== 'day') return [reading];
    for (const joining of phrases.lengthThenDay) {
      const match = new RegExp(`\\b${joining}\\b`).exec(reading.text);
      if (!match) continue;
      const left = recogniseDates(reading.text.slice(0, match.index), culture, now);
      if (left.length !== 1 || left[0].kind !== 'length') continue;
      const offset = reading.start + match.index + joining.length;
      const right = recogniseDates(reading.text.slice(match.index + joining.length), culture, now);
      return [
        { ...left[0], start: left[0].start + reading.start, end: left[0].end + reading.start },
        ...right.map((r) => ({ ...r, start: r.start + offset, end: r.end + offset })),
      ];
    }
    return [reading];
  });
}

/** The words of `text` outside every reading. */
function unreadWords(text: string, readings: readonly Reading[]): Word[] {
  return [...text.matchAll(/[a-z]+/g)]
    .map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }))
    .filter((w) => !readings.some((r) => w.start < r.end && w.end > r.start));
}

/** The first value whose day is not before today (a length after today's day counts from today). */
function firstDayFrom(values: readonly string[], today: string): string {
  return values.find((value) => value.slice(0, 10) >= today) ?? values[0];
}

/** A wall-clock value moved on by whole days or calendar months (31 January and a month is 28 February). */
function shifted(value: string, shift: Shift): string {
  const [year, month, date] = value.slice(0, 10).split('-').map(Number);
  let at: Date;
  if ('days' in shift) {
    at = new Date(Date.UTC(year, month - 1, date + shift.days));
  } else {
    const last = new Date(Date.UTC(year, month - 1 + shift.months + 1, 0)).getUTCDate();
    at = new Date(Date.UTC(year, month - 1 + shift.months, Math.min(date, last)));
  }
  return `${at.toISOString().slice(0, 10)}${value.slice(10)}`;
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
