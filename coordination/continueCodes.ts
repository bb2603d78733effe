import { codeShaped, randomCode } from './codes';
import type { Reach } from './reach';

/** Six characters: short enough to type on a phone, and still about 7 x 10^8 codes. */
export const continueCodeLength = 6;
/** A code works this long: enough to pick up a phone, never long enough to be found later. */
export const continueCodeMinutes = 10;

/**
 * Holds a letter and a digit, so a six-letter word ("better") or a number ("123456") typed as an
 * answer is never read as a code, and a code is never taken for an invitation code (eight).
 */
function mixed(code: string): boolean {
  return /\d/.test(code) && /[A-Z]/.test(code);
}

/** A fresh code: six characters with at least one letter and one digit. */
export function newContinueCode(): string {
  for (;;) {
    const code = randomCode(continueCodeLength);
    if (mixed(code)) return code;
  }
}

/** The code in a message that is only a code (spaces, dashes and case forgiven), else undefined. */
export function continueCodeIn(text: string): string | undefined {
  const candidate = codeShaped(text, continueCodeLength);
  return candidate !== undefined && mixed(candidate) ? candidate : undefined;
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
}
