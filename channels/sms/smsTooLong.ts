import type { Activity } from 'botbuilder';
import { screenOnlyMark } from '../../bot/screenOnly';
import { gravestFound, screenWindows } from '../directline/screenWindows';
import type { UrgentReading } from '../directline/turnsWaiting';

/**
 * Twilio's longest text is 1,600 characters. Every reader takes a text as NFKC makes it, which some
 * characters make 18 times longer (U+FDFA): a text that grows to more than four times the longest
 * is not words a person typed (everyday text grows little: a ligature to 2 or 3), and reading it
 * as an answer held the service for 0.8 s a text (H487, H520).
 */
export const maxSmsReadChars = 4 * 1_600;

/** The text as every reader takes it, when that is too long to read as an answer; else undefined. */
export function tooLongToRead(text: string): string | undefined {
  if (text.length * 18 <= maxSmsReadChars) return undefined;
  const read = text.normalize('NFKC');
  return read.length > maxSmsReadChars ? read : undefined;
}

/**
 * The screen-only turn for a text too long to read (H320, H520), as Web Chat's too-long messages
 * are screened: its reading cut in overlapping windows, each read with the question waiting
 * (`reading`), and the gravest window found run as `activity` marked for the safety guards only,
 * never an answer; undefined when no window has anything.
 */
export async function screenOnlyText(
  activity: Partial<Activity>,
  read: string,
  reading: UrgentReading,
): Promise<Partial<Activity> | undefined> {
  const found = await gravestFound(screenWindows(read), reading);
  if (found === undefined) return undefined;
  return { ...activity, text: found, channelData: { [screenOnlyMark]: true } };
}

/** Reads a sender's texts with the question their conversation waits at (`urgentAtCap`). */
export type ScreensUrgent = (from: string) => Promise<UrgentReading>;

/**
 * What a text is answered with: its turn's replies; of one too long to read (H520), that it was not
 * read, with where to get help, then what the safety guards say of its gravest part, never an answer.
 * Undefined when a turn failed.
 */
export function answeredOrScreened(
  turnTexts: (activity: Partial<Activity>) => Promise<string[] | undefined>,
  screensUrgent: ScreensUrgent,
  tooLong: () => string,
): (activity: Partial<Activity>, from: string) => Promise<string[] | undefined> {
  return async (activity, from) => {
    const read = tooLongToRead(activity.text ?? '');
    if (read === undefined) return turnTexts(activity);
    const screened = await screenOnlyText(activity, read, await screensUrgent(from));
    const urgent = screened ? await turnTexts(screened) : [];
    return urgent && [tooLong(), ...urgent];
  };
}
