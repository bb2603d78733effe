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
  const day = readings.find((r) => r.kind === 'day');
  const time = readings.find((r) => r.kind === 'time');
  if (lengths.length > 1 || readings[0]?.kind === 'other') return fail('not_understood');
  const length = lengths[0];
  const today = localStamp(now).slice(0, 10);
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

  const at = time && time.values.length > 0 ? `T${time.values[0]}` : '';
  let offered: string[];
  if (day) {
    offered = firstTimePerDay(day.values);
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
