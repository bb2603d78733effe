import { codeShaped, lettersAndDigits, mixedCode, randomCode, shownInGroups, writtenAsCode } from './codes';
import type { Reach } from './reach';

/** Six characters: short enough to type on a phone, and still about 7 x 10^8 codes. */
export const continueCodeLength = 6;
/** A code works this long: enough to pick up a phone, never long enough to be found later. */
export const continueCodeMinutes = 10;

/** How a code is shown ("AB2 CD3"): two groups of three are easier to read off one screen and type on another. */
export const continueCodeGroups = [3, 3] as const;

/** A code as the person is shown it, and may type it back: "AB2 CD3". */
export function shownContinueCode(code: string): string {
  return shownInGroups(code, continueCodeGroups);
}

/** A fresh code: six characters with at least one letter and one digit, mixed (`mixedCode`). */
export function newContinueCode(): string {
  for (;;) {
    const code = randomCode(continueCodeLength);
    if (mixedCode(code)) return code;
  }
}

/**
 * The code in a message that is only a code, written as one word or split as it is shown (any
 * case), else undefined: "3 a week", "4 weeks" or "4weeks" are answers (`writtenAsCode`). An answer can still be written like
 * a code ("the 5th"); the continue linker treats one as a code only where it could be one.
 */
export function continueCodeIn(text: string): string | undefined {
  if (!writtenAsCode(text, continueCodeGroups)) return undefined;
  const candidate = codeShaped(text, continueCodeLength);
  return candidate !== undefined && lettersAndDigits(candidate) ? candidate : undefined;
}

/** A code given out, or why one was not taken. */
export type Redeemed =
  { ok: true; recordId: string } | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'erased' };

/** Where a code joins: the channel identity to point at the code's record, and how to reach it later. */
export interface JoiningIdentity {
  channelId: string;
  userId: string;
  reach?: Reach;
}

/**
 * Codes that join another channel to a person's record. A record has one live code at a time;
 * redeeming one marks it used and points the joining identity at the record in one transaction,
 * so two channels racing for one code cannot both join.
 */
export interface ContinueCodeStore {
  /** Makes a code for the record (revoking any older one); returns it and when it stops working. */
  issue(recordId: string): Promise<{ code: string; expiresAt: string }>;
  redeem(code: string, joining: JoiningIdentity): Promise<Redeemed>;
  /** Whether the code would join now (unused, in its minutes, its record kept), without using it. */
  works(code: string): Promise<boolean>;
}
