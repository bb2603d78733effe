import { fail, ok, type Recognised } from '../plan/recognised';
import { keepsTypedDays, localStamp, recogniseDates } from './typedDates';

/** A day of the month alone ("the 20th", "on the 20th", "20th"), which the recogniser reads only after "on". */
const dayOfMonthAlone = /^(?:on )?(?:the (\d{1,2})(?:st|nd|rd|th)?|(\d{1,2})(?:st|nd|rd|th))$/;

/**
 * The day tests were done as a coordinator typed it (`YYYY-MM-DD`), for results typed on the card.
 * Tests are done before their results are sent, so every day read is the last one gone by (today
 * counts): "the 20th" is the last 20th, "Thursday" last Thursday, "20 March" last year's when this
 * year's is still to come. A day that can only be to come ("tomorrow", "next Friday") is
 * `out_of_range`, never taken; anything unclear, a range, a length of time or a day of the month
 * the recogniser moved (see `keepsTypedDays`) is `not_understood`, never guessed.
 */
export function readTypedTestDate(typed: string, culture: string, now: Date): Recognised<string> {
  const text = typed
    .toLowerCase()
    .replace(/[.!,]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const today = localStamp(now).slice(0, 10);
  const alone = dayOfMonthAlone.exec(text);
  if (alone) {
    const day = lastGoneBy(Number(alone[1] ?? alone[2]), today);
    return day ? ok(day) : fail('not_understood');
  }
  const readings = recogniseDates(text, culture, now).filter((reading) => reading.kind !== 'time');
  const [reading] = readings;
  if (readings.length !== 1 || reading.kind !== 'day') return fail('not_understood');
  const days = reading.values.map((value) => value.slice(0, 10));
  if (days.length === 0) return fail('not_understood');
  const gone = days.filter((day) => day <= today).sort();
  const read = gone.at(-1);
  if (!read) return fail('out_of_range');
  return keepsTypedDays(text, read) ? ok(read) : fail('not_understood');
}

/** The last day numbered `day` that is not after `today` (`YYYY-MM-DD`), skipping months too short for it. */
function lastGoneBy(day: number, today: string): string | undefined {
  if (day < 1 || day > 31) return undefined;
  const [year, month] = today.split('-').map(Number);
  for (let back = 0; back < 12; back++) {
    const candidate = new Date(Date.UTC(year, month - 1 - back, day));
    const iso = candidate.toISOString().slice(0, 10);
    if (candidate.getUTCDate() === day && iso <= today) return iso;
  }
  return undefined;
}
