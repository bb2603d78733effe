import { bare } from '../../plan/normalise';
import type { Phrases } from './phrases';

/** Where a blood pressure is very high, and the numbers a reading could be at all. */
export interface PressureLines {
  /** At or above: the first number, the second. */
  from: number;
  fromSecond?: number;
  /** The numbers a reading could be (the catalogue's `possible`, `possibleSecond`). */
  possible: { min: number; max: number };
  possibleSecond?: { min: number; max: number };
}

/** How many words after `pressureNamed` a number may come and still be the reading ("bp was up to 190"). */
const namedReach = 5;
/** The longest `pressureNamed` phrase, in words ("blood pressure"). */
const longestName = 3;

/** A message's words, bare, with each slash kept as a word of its own ("190/100": "190", "/", "100"). */
function tokens(text: string): string[] {
  return text
    .split('/')
    .flatMap((part, i) => [...(i > 0 ? ['/'] : []), ...bare(part).replace(/\?/g, ' ').split(' ')])
    .filter(Boolean);
}

const number = (word: string | undefined): number | undefined =>
  word !== undefined && /^\d{2,3}$/.test(word) ? Number(word) : undefined;

/**
 * Whether a message tells a very high blood pressure reading, at or above `lines` (NHS: 180/120):
 * two numbers joined by a slash ("190/100"), or by `pressureJoin` ("165 over 122") in a message that
 * names a blood pressure (`pressureNamed`), or one number in the few words after such a name ("bp
 * was 210"). A pair is a reading only when each number could be one, the first the higher; an
 * ordinary reading ("bp 150 over 90") is none. Whether it is now or was long ago is not read: told
 * where to turn today, a calm past reading loses nothing.
 */
export function tellsVeryHighPressure(text: string, phrases: Phrases, lines: PressureLines): boolean {
  // Every message passes here; one without two digits in a row holds no reading to look for.
  if (!/\p{Nd}\p{Nd}/u.test(text)) return false;
  const words = tokens(text);
  const nameEnds = words.flatMap((_, at) => {
    for (let take = Math.min(longestName, words.length - at); take > 0; take--)
      if (phrases.is('pressureNamed', words.slice(at, at + take).join(' '))) return [at + take];
    return [];
  });
  const named = nameEnds.length > 0;
  const inRange = (value: number, range?: { min: number; max: number }): boolean =>
    range === undefined || (value >= range.min && value <= range.max);
  for (let at = 0; at < words.length; at++) {
    const first = number(words[at]);
    if (first === undefined) continue;
    const join = words[at + 1];
    const second = number(words[at + 2]);
    const joined = join === '/' || (named && join !== undefined && phrases.is('pressureJoin', join));
    if (joined && second !== undefined) {
      const reading = inRange(first, lines.possible) && inRange(second, lines.possibleSecond) && first > second;
      if (reading && (first >= lines.from || (lines.fromSecond !== undefined && second >= lines.fromSecond)))
        return true;
      at += 2;
      continue;
    }
    const afterName = nameEnds.some(
      (end) => end <= at && at - end <= namedReach && words.slice(end, at).every((word) => number(word) === undefined),
    );
    if (afterName && inRange(first, lines.possible) && first >= lines.from) return true;
  }
  return false;
}
